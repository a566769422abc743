using Loyalty.ML.Offers;
using Loyalty.ML.Reports.Html;
using ScottPlot;

namespace Loyalty.ML.Reports.Plots;

/// <summary>The offers section: customers who qualify for and who receive each offer type, and the expected cost per type.</summary>
internal static class OfferPlots
{
    public static ReportPlot Customers(OfferMetrics offers, ReportFormat format)
    {
        var names = offers.ByType.Keys.Select(name => name.Replace('_', ' ')).ToList();
        var plot = PlotCanvas.Create("customers", string.Empty);
        var rows = names.Count;
        var bars = new List<Bar>();
        var index = 0;
        foreach (var type in offers.ByType.Values)
        {
            var position = rows - 1 - index++;
            bars.Add(new Bar { Position = position + 0.2, Value = type.QualifyingCustomers, FillColor = PlotCanvas.Model.WithAlpha(0.35), Size = 0.38, Label = format.Count(type.QualifyingCustomers) });
            bars.Add(new Bar { Position = position - 0.2, Value = type.Customers, FillColor = PlotCanvas.Model, Size = 0.38, Label = format.Count(type.Customers) });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = 10;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, rows).Select(i => (double)(rows - 1 - i))], [.. names]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.15);
        plot.ShowLegend([
            new LegendItem { LabelText = "qualify (before consent and limits)", FillColor = PlotCanvas.Model.WithAlpha(0.35) },
            new LegendItem { LabelText = "receive", FillColor = PlotCanvas.Model },
        ], Alignment.LowerRight);
        return PlotCanvas.Render(plot, "offers-customers", "Customers who qualify for each offer type and who receive it", PlotCanvas.Width, 60 + (34 * rows));
    }

    public static ReportPlot Cost(OfferMetrics offers, ReportFormat format)
    {
        var plot = PlotCanvas.Create(format.CurrencySymbol is { } symbol ? $"expected cost ({symbol.Trim()})" : "expected cost", string.Empty);
        PlotCanvas.HorizontalBars(plot, [.. offers.ByType.Keys.Select(name => name.Replace('_', ' '))], [.. offers.ByType.Values.Select(type => type.ExpectedCost)], format.MoneyWhole);
        return PlotCanvas.Render(plot, "offers-cost", "Expected cost per offer type", PlotCanvas.Width, 40 + (26 * offers.ByType.Count));
    }
}
