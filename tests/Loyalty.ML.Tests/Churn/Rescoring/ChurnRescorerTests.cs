using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Rescoring;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Tests.Churn.Rescoring;

public sealed class ChurnRescorerTests(TrainedChurn trained) : IClassFixture<TrainedChurn>
{
    [Fact]
    public void Rescore_NoEventsAsOfTheScoringDay_EqualsThePublishedScore()
    {
        var published = trained.Published;
        var customers = published.ByRisk.Where((_, index) => index % (published.ByRisk.Count / 40) == 0).ToList();

        foreach (var expected in customers)
        {
            var actual = trained.Rescorer.Rescore(expected.CustomerId, [], published.AsOf);

            Assert.NotNull(actual);
            Assert.Equal(expected.Probability, actual.Probability, 1e-6);
            Assert.Equal(expected.Band, actual.Band);
            Assert.Equal(expected.Reasons, actual.Reasons);
            Assert.Equal(expected.ProbabilityAlive, actual.ProbabilityAlive, 1e-6);
            Assert.Equal(expected.Clv, actual.Clv, Math.Max(1e-6, Math.Abs(expected.Clv) * 1e-5));
        }
    }

    [Fact]
    public void Rescore_LapsedCustomerBuysTheNextDay_RiskFallsAndTheRecencyReasonRestarts()
    {
        var published = trained.Published;
        var lapsed = published.ByRisk.First(score => score.Band == RiskBand.High && score.Reasons.Any(reason => reason.StartsWith("no order for ", StringComparison.Ordinal)));
        var eventDay = published.AsOf.AddDays(1);

        var fresh = trained.Rescorer.Rescore(lapsed.CustomerId, [Purchase(lapsed.CustomerId, eventDay, "E-1")], eventDay);

        Assert.NotNull(fresh);
        Assert.True(fresh.Probability < lapsed.Probability - 0.2, $"P(churn) {lapsed.Probability:0.000} before the purchase, {fresh.Probability:0.000} after");
        Assert.NotEqual(RiskBand.High, fresh.Band);
        Assert.DoesNotContain(fresh.Reasons, reason => reason.StartsWith("no order for ", StringComparison.Ordinal) && !reason.StartsWith("no order for 0 days", StringComparison.Ordinal));
    }

    [Fact]
    public void Rescore_AReturnAlone_DoesNotCountAsAnOrder()
    {
        var published = trained.Published;
        var lapsed = published.ByRisk.First(score => score.Band == RiskBand.High);
        var eventDay = published.AsOf.AddDays(1);
        var refund = Purchase(lapsed.CustomerId, eventDay, "R-1") with { Quantity = -1 };

        var fresh = trained.Rescorer.Rescore(lapsed.CustomerId, [refund], eventDay);

        Assert.NotNull(fresh);
        Assert.True(fresh.Probability >= lapsed.Probability - 0.05, $"a return lowered P(churn) from {lapsed.Probability:0.000} to {fresh.Probability:0.000}");
    }

    [Fact]
    public void Rescore_CustomerTheModelHasNeverSeen_ScoredFromTheirPurchasesAlone()
    {
        var eventDay = trained.Published.AsOf.AddDays(2);

        var fresh = trained.Rescorer.Rescore("brand-new-customer", [Purchase("brand-new-customer", eventDay, "N-1")], eventDay);

        Assert.NotNull(fresh);
        Assert.InRange(fresh.Probability, 0, 1);
        Assert.NotEmpty(fresh.Reasons);
        Assert.Null(trained.Rescorer.Rescore("brand-new-customer", [], eventDay));
    }

    [Fact]
    public void Rescore_FromManyThreadsAtOnce_SameScoresAsOneAtATime()
    {
        var published = trained.Published;
        var eventDay = published.AsOf.AddDays(1);
        var customers = published.ByRisk.Take(64).Select(score => score.CustomerId).ToList();
        var sequential = customers.Select(customer => trained.Rescorer.Rescore(customer, [Purchase(customer, eventDay, "S-1")], eventDay)!).ToList();

        var parallel = new ChurnScore[customers.Count * 4];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, index =>
        {
            var customer = customers[index % customers.Count];
            parallel[index] = trained.Rescorer.Rescore(customer, [Purchase(customer, eventDay, "S-1")], eventDay)!;
        });

        for (var index = 0; index < parallel.Length; index++)
        {
            var expected = sequential[index % customers.Count];
            Assert.Equal(expected.Probability, parallel[index].Probability);
            Assert.Equal(expected.Reasons, parallel[index].Reasons);
        }
    }

    [Fact]
    public void LoadIfPresent_ContextCutShort_FailsNamingTheFile()
    {
        using var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(trained.Directory))
        {
            File.Copy(file, copy.Combine(Path.GetFileName(file)));
        }

        var context = copy.Combine(ChurnContextFile.FileName);
        var bytes = File.ReadAllBytes(context);
        File.WriteAllBytes(context, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => ChurnRescorer.LoadIfPresent(copy.Path));
        Assert.Contains(ChurnContextFile.FileName, error.Message, StringComparison.Ordinal);
    }

    private PurchaseEvent Purchase(string customerId, DateOnly day, string orderId)
    {
        var item = trained.History.Items[0];
        return new PurchaseEvent($"{orderId}-{customerId}", customerId, item, 2, 10, new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), orderId);
    }
}
