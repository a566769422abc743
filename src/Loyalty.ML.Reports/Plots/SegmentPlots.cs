using Loyalty.ML.Segmentation;
using ScottPlot;

namespace Loyalty.ML.Reports.Plots;

/// <summary>The segments section: the R × F grid as heat maps and the segment sizes.</summary>
internal static class SegmentPlots
{
    public static ReportPlot GridCustomers(IReadOnlyList<RfmCell> grid) => Heat(grid, cell => cell.Customers, "segments-rf-customers", "Customers per recency × frequency cell", "customers");

    public static ReportPlot GridRevenue(IReadOnlyList<RfmCell> grid) => Heat(grid, cell => cell.Revenue, "segments-rf-revenue", "Revenue per recency × frequency cell", "revenue");

    public static ReportPlot Sizes(SegmentMetrics segments)
    {
        var names = segments.Counts.Keys.ToList();
        var plot = PlotCanvas.Create(string.Empty, "customers");
        plot.Add.Bars([.. segments.Counts.Values.Select(count => (double)count)]);
        PlotCanvas.Categories(plot, names);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 90;
        plot.Axes.Margins(bottom: 0);
        return PlotCanvas.Render(plot, "segments-sizes", "Customers per RFM segment", PlotCanvas.Width, 360);
    }

    private static ReportPlot Heat(IReadOnlyList<RfmCell> grid, Func<RfmCell, double> value, string id, string caption, string unit)
    {
        // Rows top to bottom are frequency 5 … 1, columns recency 1 … 5: the best customers sit top right.
        var values = new double[5, 5];
        foreach (var cell in grid)
        {
            values[5 - cell.Frequency, cell.Recency - 1] = value(cell);
        }

        var plot = PlotCanvas.Create("recency score (5 = most recent)", "frequency score");
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.Extent = new CoordinateRect(0.5, 5.5, 0.5, 5.5);
        plot.Add.ColorBar(heatmap).Label = unit;
        return PlotCanvas.Render(plot, id, caption);
    }
}
