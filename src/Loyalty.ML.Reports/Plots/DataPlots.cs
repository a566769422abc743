using Loyalty.ML.Reports.Html;
using Loyalty.ML.Segmentation.Kpis;
using ScottPlot;

namespace Loyalty.ML.Reports.Plots;

/// <summary>The data section's plot: lines per month, a month the data covers only in part drawn pale and marked so.</summary>
internal static class DataPlots
{
    public static ReportPlot LinesPerMonth(IReadOnlyList<MonthlyKpis> months, DateOnly? first, DateOnly? last, ReportFormat format)
    {
        var plot = PlotCanvas.Create("month", "purchase lines");
        var positions = PlotCanvas.Dates(months.Select(month => month.Month));
        var bars = months.Select((month, index) => new Bar
        {
            Position = positions[index],
            Value = month.Lines,
            Size = 25,
            FillColor = MonthCoverage.IsWhole(month.Month, first, last) ? PlotCanvas.Model : PlotCanvas.Model.WithAlpha(0.3),
        }).ToList();
        plot.Add.Bars(bars);
        if (months.Any(month => !MonthCoverage.IsWhole(month.Month, first, last)))
        {
            plot.ShowLegend([
                new LegendItem { LabelText = "whole month", FillColor = PlotCanvas.Model },
                new LegendItem { LabelText = "partial month (only some days in the data)", FillColor = PlotCanvas.Model.WithAlpha(0.3) },
            ], Alignment.UpperLeft);
        }

        MonthCoverage.Ticks(plot, [.. months.Select(month => month.Month)], format);
        plot.Axes.Margins(bottom: 0);
        return PlotCanvas.Render(plot, "data-lines-per-month", "Accepted purchase lines per month");
    }
}
