using ScottPlot;

namespace Loyalty.ML.Reports.Plots;

/// <summary>
/// Draws one small throwaway plot with every kind of plottable the report uses, so ScottPlot and Skia are compiled before
/// the report is drawn. The trainer runs with quick JIT off, so their first use compiles fully optimised code; started
/// when a run begins, that compiling happens while training leaves a core idle instead of after it.
/// </summary>
internal static class PlotWarmUp
{
    public static void Draw()
    {
        var plot = PlotCanvas.Create("x", "y");
        plot.Add.Bars(new double[] { 1, 2, 3 });
        plot.Add.Bars(new[] { new Bar { Position = 0, Value = 1, FillColor = PlotCanvas.Model, Size = 0.25 } });
        plot.Add.Scatter(new double[] { 0, 1, 2 }, new double[] { 1, 0.5, 2 }, PlotCanvas.First).LegendText = "a";
        plot.Add.ScatterLine(new double[] { 0, 1 }, new double[] { 0, 1 }, PlotCanvas.Second);
        plot.Add.Line(0, 0, 1, 1);
        plot.Add.HorizontalSpan(0.2, 0.4).LegendText = "b";
        PlotCanvas.Categories(plot, ["a", "b", "c"]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        PlotCanvas.Legend(plot);
        PlotCanvas.Render(plot, "warm-up", string.Empty);

        var dates = PlotCanvas.Create("date", string.Empty);
        dates.Add.Scatter(PlotCanvas.Dates([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)]), new double[] { 1, 2 });
        dates.Axes.DateTimeTicksBottom();
        var heatmap = dates.Add.Heatmap(new double[,] { { 0, 1 }, { 1, 0 } });
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        dates.Add.ColorBar(heatmap).Label = "z";
        PlotCanvas.Render(dates, "warm-up-dates", string.Empty);
    }
}
