using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Tests.Churn.Lifetime;

public sealed class BgNbdModelTests
{
    private static readonly BgNbdModel Cdnow = new(R: 0.243, Alpha: 4.414, A: 0.793, B: 2.426);

    [Fact]
    public void ProbabilityAlive_NoRepeatPurchase_IsOne()
    {
        Assert.Equal(1.0, Cdnow.ProbabilityAlive(new PurchaseSummary(0, 0, 30)));
    }

    [Fact]
    public void ProbabilityAlive_LongSilenceAfterFrequentBuying_IsLowerThanRecentBuying()
    {
        var silent = Cdnow.ProbabilityAlive(new PurchaseSummary(10, 5, 39));
        var recent = Cdnow.ProbabilityAlive(new PurchaseSummary(10, 38, 39));

        Assert.True(silent < 0.1, $"silent {silent}");
        Assert.True(recent > 0.9, $"recent {recent}");
    }

    [Fact]
    public void ExpectedPurchases_MatchesTheAverageOfSimulatedFutures()
    {
        // Unconditional check on a new customer: E[X(t)] of the model against the mean of many simulated customers.
        var simulated = SimulatedCustomers.Summaries(Cdnow, 40_000, age: 20, new Random(11)).Average(summary => summary.Frequency);

        var expected = Cdnow.ExpectedPurchases(new PurchaseSummary(0, 0, 0), 20);

        Assert.InRange(simulated, expected * 0.95, expected * 1.05);
    }

    [Fact]
    public void ProbabilityNoPurchase_MatchesTheSilentShareOfSimulatedCustomersWithTheSameHistories()
    {
        // Conditional check: customers followed past the cutoff, grouped by the model's P(no purchase) given their
        // (x, tₓ, T); in each group the share that did not buy in the horizon must match the mean prediction.
        var customers = BgNbdFutureSimulation.Customers(Cdnow, 200_000, age: 39, horizon: 13, new Random(5));
        var predicted = customers.Select(customer => (Probability: Cdnow.ProbabilityNoPurchase(customer.Summary, 13), Silent: !customer.BoughtInHorizon, OneTime: customer.Summary.Frequency == 0)).ToList();

        foreach (var group in predicted.OrderBy(row => row.Probability).Chunk(predicted.Count / 10))
        {
            var (mean, observed) = (group.Average(row => row.Probability), group.Average(row => row.Silent ? 1.0 : 0));
            Assert.True(Math.Abs(mean - observed) < 0.01, $"predicted {mean:0.0000}, observed {observed:0.0000} on {group.Length} customers");
        }

        var oneTime = predicted.Where(row => row.OneTime).ToList();
        Assert.InRange(oneTime.Average(row => row.Silent ? 1.0 : 0) - oneTime.Average(row => row.Probability), -0.01, 0.01);
    }

    [Fact]
    public void ProbabilityNoPurchase_IsAProbabilityThatFallsWithMorePurchases()
    {
        var rare = Cdnow.ProbabilityNoPurchase(new PurchaseSummary(1, 30, 39), 13);
        var frequent = Cdnow.ProbabilityNoPurchase(new PurchaseSummary(12, 38, 39), 13);

        Assert.InRange(rare, 0, 1);
        Assert.InRange(frequent, 0, 1);
        Assert.True(frequent < rare);
    }
}
