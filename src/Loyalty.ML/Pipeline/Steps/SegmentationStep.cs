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
        var result = SegmentationTrainer.Train(context.History, context.Activity, options);
        context.Report(Name, 0.5, $"{result.Customers.Count:N0} customers scored");
        SegmentsFile.Write(context.PathOf(SegmentsFile.FileName), result.Customers);
        context.RunMetrics.Kpis = KpiMetrics.From(result.Kpis);
        context.RunMetrics.Segments = result.Metrics;
        context.Parameters.Segments = result.Parameters;
        context.Figures.Monthly = MonthlyKpisBuilder.Build(context.History);
        context.Figures.RfmGrid = RfmCell.Grid(result.Customers);
        var kpis = result.Kpis;
        var largest = result.Metrics.Counts.Where(pair => pair.Value > 0).OrderByDescending(pair => pair.Value).Take(4).Select(pair => $"{pair.Key} {pair.Value:N0}");
        context.Summary.Add($"segments: {result.Customers.Count:N0} customers; largest: {string.Join(", ", largest)}.");
        context.Summary.Add(
            $"kpis: {kpis.ActiveCustomers:N0} active ({kpis.EngagementRatePercent:F1}%), average check {kpis.AverageCheck:F2}, " +
            $"{kpis.PurchaseFrequency:F2} orders/customer, repeat {kpis.RepeatPurchaseRatePercent:F1}%, " +
            $"CRR {kpis.Retention.RetentionRatePercent:F1}% / churn {kpis.Retention.ChurnRatePercent:F1}% over {kpis.Retention.PeriodDays} days, LTV to date {kpis.LtvToDate:F2}.");
        return result.Segments();
    }
}
