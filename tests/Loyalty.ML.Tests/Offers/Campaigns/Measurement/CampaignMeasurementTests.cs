using Loyalty.ML.Core;
using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Offers.Campaigns.Measurement;
using Loyalty.ML.SampleData;
using Loyalty.ML.SampleData.Campaigns;

namespace Loyalty.ML.Tests.Offers.Campaigns.Measurement;

public sealed class CampaignMeasurementTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    [Fact]
    public void Measure_SimulatedWinBackLift_RecoversTheTrueLiftInsideThe95Interval()
    {
        var (history, campaign) = SampleDataGenerator.GenerateCampaignHistory(Simulated(lift: 0.15));

        var report = CampaignMeasurement.Measure(history, campaign.Assignments, campaign.Campaign.Name);

        var sixtyDays = report.Overall.Conversion.Within60Days!;
        Assert.InRange(campaign.TrueConversionLift, 0.10, 0.16);
        Assert.True(sixtyDays.Interval95.Contains(campaign.TrueConversionLift), $"true lift {campaign.TrueConversionLift:F4} outside {sixtyDays.Interval95}");
        Assert.True(sixtyDays.DistinguishableFromZero);
        Assert.Contains("distinguishable from zero", report.Verdict, StringComparison.Ordinal);
        Assert.Equal((campaign.TreatmentCustomers, campaign.ControlCustomers), (report.Overall.TreatmentCustomers, report.Overall.ControlCustomers));
        Assert.True(report.Overall.IncrementalRevenue > 0);
    }

    [Fact]
    public void Measure_SimulatedCampaignWithoutEffect_SaysIndistinguishableFromZero()
    {
        var (history, campaign) = SampleDataGenerator.GenerateCampaignHistory(Simulated(lift: 0));

        var report = CampaignMeasurement.Measure(history, campaign.Assignments, campaign.Campaign.Name);

        Assert.Equal(0, campaign.AddedConversions);
        Assert.All(
            new[] { report.Overall.Conversion.Within30Days, report.Overall.Conversion.Within60Days, report.Overall.Conversion.Within90Days },
            difference => Assert.False(difference!.DistinguishableFromZero, $"{difference.Interval95} excludes 0"));
        Assert.Contains("indistinguishable from zero", report.Verdict, StringComparison.Ordinal);
        Assert.NotNull(report.Overall.Power);
        Assert.InRange(report.Overall.Power.MinimumDetectableLift, 0.01, 0.15);
    }

    [Fact]
    public void Measure_HandMadeCampaign_CountsConversionRevenueCostAndRoi()
    {
        var builder = new PurchaseHistoryBuilder();
        var rows = new List<CampaignAssignment>();
        for (var customer = 0; customer < 4; customer++)
        {
            var treated = $"t{customer}";
            var held = $"c{customer}";
            builder.AddPurchase(treated, "i", $"{treated}-0", Time(-100), 1, 10);
            builder.AddPurchase(held, "i", $"{held}-0", Time(-100), 1, 10);
            rows.Add(Row(treated, CampaignGroup.Treatment));
            rows.Add(Row(held, CampaignGroup.Control));
        }

        // Two of four treated buy within the validity (100 each), one control buys on day 40 (50).
        builder.AddPurchase("t0", "i", "t0-1", Time(3), 1, 100);
        builder.AddPurchase("t1", "i", "t1-1", Time(10), 1, 100);
        builder.AddPurchase("c0", "i", "c0-1", Time(40), 1, 50);
        builder.AddPurchase("t0", "i", "end", Time(95), 1, 1);

        var report = CampaignMeasurement.Measure(builder.Build(), rows, "spring");

        var overall = report.Overall;
        Assert.Equal((4, 4), (overall.TreatmentCustomers, overall.ControlCustomers));
        Assert.Equal((0.5, 0.0), (overall.Conversion.WithinValidity!.Treatment, overall.Conversion.WithinValidity.Control));
        Assert.Equal(0.25, overall.Conversion.Within60Days!.Control);
        Assert.Equal(90, overall.RevenueWindowDays);
        Assert.Equal(50 - 12.5, overall.RevenuePerCustomer!.Value, 9);
        Assert.Equal(4 * 37.5, overall.IncrementalRevenue!.Value, 9);
        Assert.Equal(2 * (0.2 * 100), overall.Cost, 9);
        Assert.Equal((150 - 40) / 40.0 * 100, overall.IncrementalRoiPercent!.Value, 9);
        Assert.Equal(0.5, report.ConfiguredControlShare);
    }

    [Fact]
    public void Measure_CampaignNotInTheFile_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => CampaignMeasurement.Measure(new PurchaseHistoryBuilder().Build(), [Row("a", CampaignGroup.Control)], "autumn"));

        Assert.Contains("autumn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasureAll_CampaignOnTheLastDay_IsLeftOutUntilPurchasesFollowIt()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("a", "i", "o1", Time(0), 1, 10);

        Assert.Empty(CampaignMeasurement.MeasureAll(builder.Build(), [Row("a", CampaignGroup.Control)]));
    }

    // The default sample (seed 42), as the README's command generates it. At one seed a 95% interval leaves out zero, or
    // misses the true lift, or not; over 40 seeds it missed in about one in twenty (README, "Campaigns and control groups").
    internal static SampleDataOptions Simulated(double lift) => new()
    {
        Campaign = new SampleCampaign { Lift = lift, ControlShare = 0.5 },
    };

    private static DateTime Time(int daysAfterCampaign) => Day.ToDateTime(new TimeOnly(12, 0)).AddDays(daysAfterCampaign);

    private static CampaignAssignment Row(string customer, CampaignGroup group) =>
        new("spring", customer, group, WinBackRule.OfferType, 1, Day, Day.AddDays(14), 20, 0);
}
