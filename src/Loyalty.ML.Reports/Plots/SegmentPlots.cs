using Loyalty.ML.Reports.Html;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Reports.Plots;

/// <summary>The segments section: the R × F grid as heat maps of whole cells with their counts, and the segment sizes.</summary>
internal static class SegmentPlots
{
    private static readonly string[] Scores = ["1", "2", "3", "4", "5"];

    public static ReportPlot GridCustomers(IReadOnlyList<RfmCell> grid, ReportFormat format) =>
        Heat(grid, cell => cell.Customers, value => format.Count(value), "segments-rf-customers", "Customers per recency × frequency cell (scores 1–5; 5 = most recent, most orders)");

    public static ReportPlot GridRevenue(IReadOnlyList<RfmCell> grid, ReportFormat format) =>
        Heat(grid, cell => cell.Revenue, value => format.MoneyWhole(value), "segments-rf-revenue", "Revenue per recency × frequency cell (scores 1–5)");

    public static ReportPlot Sizes(SegmentMetrics segments, ReportFormat format)
    {
        var names = segments.Counts.Keys.Select(name => name.Replace('_', ' ')).ToList();
        var plot = PlotCanvas.Create("customers", string.Empty);
        PlotCanvas.HorizontalBars(plot, names, [.. segments.Counts.Values.Select(count => (double)count)], value => format.Count(value));
        return PlotCanvas.Render(plot, "segments-sizes", "Customers per RFM segment", PlotCanvas.Width, 40 + (24 * names.Count));
    }

    private static ReportPlot Heat(IReadOnlyList<RfmCell> grid, Func<RfmCell, double> value, Func<double, string> label, string id, string caption)
    {
        var plot = PlotCanvas.Create("recency score (5 = bought most recently)", "frequency score (5 = most orders)");
        var cells = grid.Select(cell => (cell.Recency, cell.Frequency, value(cell), label(value(cell)))).ToList();
        HeatCells.Draw(plot, cells, cells.Max(cell => cell.Item3), Scores, Scores);
        return PlotCanvas.Render(plot, id, caption, PlotCanvas.Width, 420);
    }
}
