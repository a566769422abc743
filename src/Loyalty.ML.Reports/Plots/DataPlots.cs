using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Reports.Plots;

/// <summary>The data section's plot.</summary>
internal static class DataPlots
{
    public static ReportPlot LinesPerMonth(IReadOnlyList<MonthlyKpis> months)
    {
        var plot = PlotCanvas.Create("month", "purchase lines");
        var bars = plot.Add.Bars(PlotCanvas.Dates(months.Select(month => month.Month)), [.. months.Select(month => (double)month.Lines)]);
        foreach (var bar in bars.Bars)
        {
            bar.Size = 25;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Margins(bottom: 0);
        return PlotCanvas.Render(plot, "data-lines-per-month", "Accepted purchase lines per month");
    }
}
