using Loyalty.ML.Segmentation;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Pipeline.Steps;

/// <summary>
/// Training step: RFM segments of every buying customer into <c>segments.csv</c>, the program KPIs
/// into the <c>kpis</c> metrics section and the number of customers per segment into <c>segments</c>.
/// Returns the segments for the offers report.
/// </summary>
internal static class SegmentationStep
{
    public const string Name = "segments";

    public static IReadOnlyDictionary<string, CustomerSegment> Run(TrainingContext context, SegmentationOptions options)
    {
        var activity = context.Activity;
        var rfm = RfmSegmentation.Compute(context.History, activity);
        context.Report(Name, 0.5, $"{rfm.Count:N0} customers scored");
        SegmentsFile.Write(context.PathOf(SegmentsFile.FileName), rfm);
                var kpis = KpiCalculator.Compute(context.History, activity, options.Kpis);

        var counts = RfmSegments.All.ToDictionary(segment => segment, _ => 0);
        foreach (var customer in rfm)
        {
            counts[customer.Segment]++;
        }

        context.RunMetrics.Kpis = KpiMetrics.From(kpis);
        context.RunMetrics.Segments = new SegmentMetrics(rfm.Count, counts);
        context.Parameters.Segments = new SegmentationParameters(QuintileScorer.Bands, options.Kpis.ActiveDays, options.Kpis.PeriodDays);
        var largest = counts.Where(pair => pair.Value > 0).OrderByDescending(pair => pair.Value).Take(4).Select(pair => $"{pair.Key} {pair.Value:N0}");
        context.Summary.Add($"segments: {rfm.Count:N0} customers; largest: {string.Join(", ", largest)}.");
        context.Summary.Add(
            $"kpis: {kpis.ActiveCustomers:N0} active ({kpis.EngagementRatePercent:F1}%), average check {kpis.AverageCheck:F2}, " +
            $"{kpis.PurchaseFrequency:F2} orders/customer, repeat {kpis.RepeatPurchaseRatePercent:F1}%, " +
            $"CRR {kpis.Retention.RetentionRatePercent:F1}% / churn {kpis.Retention.ChurnRatePercent:F1}% over {kpis.Retention.PeriodDays} days, LTV to date {kpis.LtvToDate:F2}.");
        return rfm.ToDictionary(customer => customer.CustomerId, customer => customer.ToSegment(), StringComparer.Ordinal);
    }
}
