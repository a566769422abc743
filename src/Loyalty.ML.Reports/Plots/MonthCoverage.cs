using Loyalty.ML.Reports.Html;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Reports.Plots;

/// <summary>
/// Which calendar months the data covers whole: a month the history starts or ends inside holds only some of its days,
/// and drawn as a month it reads as a collapse (9 days of December against 30 of November).
/// </summary>
internal static class MonthCoverage
{
    /// <summary>True when the data runs from before <paramref name="month"/>'s first day to after its last.</summary>
    public static bool IsWhole(DateOnly month, DateOnly? first, DateOnly? last) =>
        (first is null || first.Value <= month) && (last is null || last.Value >= month.AddMonths(1).AddDays(-1));

    /// <summary>The sentence naming the months that are not whole and how many of their days the data covers; null when all are.</summary>
    public static string? PartialNote(IReadOnlyList<MonthlyKpis> months, DateOnly? first, DateOnly? last, ReportFormat format, string treatment)
    {
        var partial = months.Where(month => !IsWhole(month.Month, first, last)).Select(month =>
        {
            var end = month.Month.AddMonths(1).AddDays(-1);
            var from = first is { } start && start > month.Month ? start : month.Month;
            var to = last is { } stop && stop < end ? stop : end;
            return $"{format.Month(month.Month)} ({to.DayNumber - from.DayNumber + 1} of its {end.Day} days)";
        }).ToList();
        return partial.Count == 0 ? null : $"{string.Join(" and ", partial)} {(partial.Count == 1 ? "is" : "are")} only partly in the data: {treatment}.";
    }

    /// <summary>Tick labels on the first day of a month, in the data's language, at most seven so they never run together.</summary>
    public static void Ticks(ScottPlot.Plot plot, IReadOnlyList<DateOnly> months, ReportFormat format)
    {
        var step = Math.Max(1, (int)Math.Ceiling(months.Count / 7.0));
        var shown = months.Where((_, index) => index % step == 0).ToList();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(PlotCanvas.Dates(shown), [.. shown.Select(format.Month)]);
    }
}
