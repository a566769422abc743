using Loyalty.ML.SampleData.BuyTillYouDie;

namespace Loyalty.ML.SampleData.Tests.BuyTillYouDie;

public sealed class BuyTillYouDieSimulatorTests
{
    private static readonly BuyTillYouDieProcess Process = new(R: 0.8, Alpha: 40, A: 0.6, B: 3);

    [Fact]
    public void History_SameSeed_GivesTheSameLines()
    {
        var first = BuyTillYouDieSimulator.History(Process, 300, 200, new DateTime(2024, 1, 1), items: 50, seed: 4);
        var second = BuyTillYouDieSimulator.History(Process, 300, 200, new DateTime(2024, 1, 1), items: 50, seed: 4);

        Assert.Equal(first.Purchases.Count, second.Purchases.Count);
        Assert.Equal(
            Enumerable.Range(0, first.Purchases.Count).Select(line => first.Purchases.Amount(line)),
            Enumerable.Range(0, second.Purchases.Count).Select(line => second.Purchases.Amount(line)));
    }

    [Fact]
    public void History_NoItems_HasCustomersButNoCatalog()
    {
        var history = BuyTillYouDieSimulator.History(Process, 200, 100, new DateTime(2024, 1, 1), items: 0, seed: 1);

        Assert.Equal(200, history.Customers.Count);
        Assert.Equal(0, history.Items.Count);
    }

    [Fact]
    public void Summaries_EveryCustomer_HasItsLastPurchaseWithinTheAge()
    {
        var summaries = BuyTillYouDieSimulator.Summaries(Process, 1_000, age: 90, new Random(2));

        Assert.All(summaries, summary =>
        {
            Assert.InRange(summary.Frequency, 0, double.MaxValue);
            Assert.InRange(summary.Recency, 0, summary.Age);
            Assert.Equal(90, summary.Age);
        });
    }

    [Fact]
    public void MeanValues_NoRepeatPurchase_IsZero()
    {
        var values = BuyTillYouDieSimulator.MeanValues(new GammaGammaSpend(P: 6.25, Q: 3.74, V: 15.44), [0, 3], new Random(1));

        Assert.Equal(0, values[0]);
        Assert.True(values[1] > 0);
    }
}
