using System.Text;
using ScottPlot;

namespace Loyalty.ML.Reports.Plots;

/// <summary>The report's one look for every plot, and its rendering to an SVG data URI.</summary>
internal static class PlotCanvas
{
    public const int Width = 560;
    public const int Height = 320;

    public static readonly Color Model = Color.FromHex("#1f77b4");
    public static readonly Color First = Color.FromHex("#ff7f0e");
    public static readonly Color Second = Color.FromHex("#2ca02c");
    public static readonly Color Warning = Color.FromHex("#d62728");

    public static Plot Create(string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        return plot;
    }

    public static ReportPlot Render(Plot plot, string id, string caption, int width = Width, int height = Height)
    {
        var svg = plot.GetSvgXml(width, height);
        return new ReportPlot(id, caption, "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)));
    }

    /// <summary>Category labels under bars at 0, 1, 2 …</summary>
    public static void Categories(Plot plot, IReadOnlyList<string> labels)
    {
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
    }

    /// <summary>Horizontal bars with their category on the left and their value at the end, so long names are never cut or slanted.</summary>
    public static void HorizontalBars(Plot plot, IReadOnlyList<string> labels, IReadOnlyList<double> values, Func<double, string> valueText, Color? color = null)
    {
        // The first category on top.
        var positions = Enumerable.Range(0, labels.Count).Select(i => (double)(labels.Count - 1 - i)).ToArray();
        var bars = plot.Add.Bars(positions, [.. values]);
        bars.Horizontal = true;
        foreach (var bar in bars.Bars)
        {
            bar.FillColor = color ?? Model;
            bar.Label = valueText(bar.Value);
        }

        bars.ValueLabelStyle.FontSize = 11;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, [.. labels]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.15);
    }

    public static void Legend(Plot plot) => plot.ShowLegend(Alignment.UpperLeft);

    public static double[] Dates(IEnumerable<DateOnly> days) => [.. days.Select(day => day.ToDateTime(TimeOnly.MinValue).ToOADate())];
}
