using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Tests.Segmentation;

public sealed class RfmPopulationTests
{
    private static readonly CustomerRfm[] Rows =
    [
        .. Enumerable.Range(0, 10).Select(index => new CustomerRfm($"c{index}", RecencyDays: 10 * (index + 1), Frequency: index + 1, Monetary: 100 * (index + 1), 1, 1, 1, "x")),
    ];

    [Fact]
    public void Refresh_KnownCustomerBuysToday_BestRecencyAndCountsAdded()
    {
        var population = RfmPopulation.From(Rows);

        var fresh = population.Refresh("c0", daysSinceLastPurchase: 0, orders: 2, spend: 250);

        Assert.Equal((0, 3, 350.0), (fresh.RecencyDays, fresh.Frequency, fresh.Monetary));
        Assert.Equal(5, fresh.R);
        Assert.Equal(2, fresh.F);
        Assert.Equal(2, fresh.M);
        Assert.Equal(RfmSegments.Of(fresh.R, fresh.F, fresh.M), fresh.Segment);
    }

    [Fact]
    public void Refresh_SameValuesAsAMember_SameScoresAsTheBatchScorer()
    {
        var values = Rows.Select(row => (double)row.Frequency).ToArray();
        var batch = QuintileScorer.Score(values, higherIsBetter: true);
        var population = RfmPopulation.From(Rows);

        for (var index = 0; index < Rows.Length; index++)
        {
            Assert.Equal(batch[index], population.Refresh("new", 0, Rows[index].Frequency, 0).F);
        }
    }
}
