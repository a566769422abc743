using System.Globalization;
using Loyalty.ML.Core.Statistics;
using Loyalty.ML.Offers.Campaigns.Measurement;

namespace Loyalty.ML.Training.Commands.Campaigns;

/// <summary>The campaign report as a person reads it: one block per offer type and one overall.</summary>
internal static class CampaignReportText
{
    public static void Print(TextWriter output, CampaignReport report)
    {
        output.WriteLine(Invariant($"campaign {report.Campaign}: {report.FirstDay:yyyy-MM-dd} to {report.LastDay:yyyy-MM-dd}, {report.ObservedDays} days of purchases after it, {report.ConfiguredControlShare:P1} held out"));
        foreach (var (type, figures) in report.ByOfferType)
        {
            Block(output, type, figures);
        }

        if (report.ByOfferType.Count > 1)
        {
            Block(output, "overall (offer types weighted by their customers)", report.Overall);
        }

        output.WriteLine($"cost: {report.CostBasis}");
        output.WriteLine($"verdict: {report.Verdict}");
    }

    private static void Block(TextWriter output, string title, EffectFigures figures)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"{title}: {figures.TreatmentCustomers:N0} treatment, {figures.ControlCustomers:N0} control"));
        Rate(output, "converted within validity", figures.Conversion.WithinValidity);
        Rate(output, "converted within 30 days", figures.Conversion.Within30Days);
        Rate(output, "converted within 60 days", figures.Conversion.Within60Days);
        Rate(output, "converted within 90 days", figures.Conversion.Within90Days);
        if (figures.RevenuePerCustomer is { } revenue)
        {
            output.WriteLine(Invariant($"  revenue per customer ({figures.RevenueWindowDays} d)  {revenue.Treatment,10:N2} vs {revenue.Control,10:N2}   {revenue.Value,9:+0.00;-0.00;0.00} {Interval(revenue.Interval95, 1, "N2")}  {Told(revenue)}"));
        }

        output.WriteLine(Invariant($"  incremental revenue  {figures.IncrementalRevenue?.ToString("N2", CultureInfo.InvariantCulture) ?? "n/a"} {(figures.IncrementalRevenueInterval95 is { } range ? Interval(range, 1, "N2") : string.Empty)}"));
        output.WriteLine(Invariant($"  cost {figures.Cost:N2}; incremental ROI {(figures.IncrementalRoiPercent is { } roi ? $"{roi:N1}%" : "n/a (no cost)")} {(figures.IncrementalRoiInterval95 is { } roiRange ? Interval(roiRange, 1, "N1") : string.Empty)}"));
        if (figures.Power is { } power)
        {
            output.WriteLine($"  power: {power.Note}");
        }
    }

    private static void Rate(TextWriter output, string label, Difference? difference)
    {
        output.WriteLine(difference is null
            ? $"  {label,-28} not observed yet"
            : Invariant($"  {label,-28} {difference.Treatment,7:P1} vs {difference.Control,7:P1}   {difference.Value * 100,6:+0.0;-0.0;0.0} pts {Interval(difference.Interval95, 100, "+0.0;-0.0;0.0")}  {Told(difference)}"));
    }

    private static string Interval(MetricInterval interval, double scale, string format) =>
        $"[{(interval.Low * scale).ToString(format, CultureInfo.InvariantCulture)}, {(interval.High * scale).ToString(format, CultureInfo.InvariantCulture)}]";

    private static string Told(Difference difference) => difference.DistinguishableFromZero ? "distinguishable from zero" : "indistinguishable from zero";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
