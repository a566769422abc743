using Loyalty.ML.Core;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Segmentation;

/// <summary>The segmentation capability: RFM segments of every buying customer and the programme's KPIs, with their metrics.</summary>
internal static class SegmentationTrainer
{
    /// <summary>Segments and KPIs of <paramref name="history"/> as of its last purchase.</summary>
    public static SegmentationResult Train(PurchaseHistory history, SegmentationOptions options) =>
        Train(history, CustomerActivity.Of(history), options);

    internal static SegmentationResult Train(PurchaseHistory history, CustomerActivity activity, SegmentationOptions options)
    {
        var customers = RfmSegmentation.Compute(history, activity);
        var kpis = KpiCalculator.Compute(history, activity, options.Kpis);
        var counts = RfmSegments.All.ToDictionary(segment => segment, _ => 0);
        foreach (var customer in customers)
        {
            counts[customer.Segment]++;
        }

        return new SegmentationResult(
            customers,
            kpis,
            new SegmentMetrics(customers.Count, counts),
            new SegmentationParameters(QuintileScorer.Bands, options.Kpis.ActiveDays, options.Kpis.PeriodDays));
    }
}
