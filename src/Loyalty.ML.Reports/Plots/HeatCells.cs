using ScottPlot;

namespace Loyalty.ML.Reports.Plots;

/// <summary>
/// A heat map of whole cells: one square per (column, row) with its count or value written in it, on integer axes,
/// so scores 1–5 read as five columns and five rows, never as a smoothed surface between ticks.
/// </summary>
internal static class HeatCells
{
    // Beyond this many cells the values no longer fit inside them; the colour and the colour bar carry them.
    private const int MaxLabelledCells = 64;
    private const int MaxTicks = 12;

    public static void Draw(Plot plot, IReadOnlyList<(int Column, int Row, double Value, string Label)> cells, double max, IReadOnlyList<string> columns, IReadOnlyList<string> rows)
    {
        var colormap = new ScottPlot.Colormaps.Viridis();
        foreach (var (column, row, value, label) in cells)
        {
            var share = max > 0 && double.IsFinite(value) ? Math.Clamp(value / max, 0, 1) : 0;
            var rectangle = plot.Add.Rectangle(column - 0.5, column + 0.5, row - 0.5, row + 0.5);
            rectangle.FillStyle.Color = double.IsFinite(value) ? colormap.GetColor(share) : Colors.White;
            rectangle.LineStyle.Color = Colors.White;
            rectangle.LineStyle.Width = 1;
            if (label.Length > 0 && cells.Count <= MaxLabelledCells)
            {
                var text = plot.Add.Text(label, column, row);
                text.LabelFontSize = cells.Count > 36 ? 9 : 12;
                text.LabelFontColor = share > 0.6 ? Colors.Black : Colors.White;
                text.LabelAlignment = Alignment.MiddleCenter;
            }
        }

        plot.Axes.Bottom.TickGenerator = Ticks(columns);
        plot.Axes.Left.TickGenerator = Ticks(rows);
        plot.Axes.SetLimits(0.5, columns.Count + 0.5, 0.5, rows.Count + 0.5);
        plot.Grid.IsVisible = false;
    }

    // One tick per cell, thinned to every k-th when there are more cells than fit.
    private static ScottPlot.TickGenerators.NumericManual Ticks(IReadOnlyList<string> labels)
    {
        var step = (int)Math.Ceiling(labels.Count / (double)MaxTicks);
        var shown = Enumerable.Range(0, labels.Count).Where(i => i % step == 0).ToList();
        return new ScottPlot.TickGenerators.NumericManual([.. shown.Select(i => (double)(i + 1))], [.. shown.Select(i => labels[i])]);
    }
}
