using Loyalty.ML.Offers;

namespace Loyalty.ML.Reports.Plots;

/// <summary>The offers section: customers and expected cost per offer type.</summary>
internal static class OfferPlots
{
    public static ReportPlot Customers(OfferMetrics offers) => ByType(offers, type => type.Customers, "offers-customers", "Customers receiving each offer type", "customers");

    public static ReportPlot Cost(OfferMetrics offers) => ByType(offers, type => type.ExpectedCost, "offers-cost", "Expected cost per offer type", "expected cost");

    private static ReportPlot ByType(OfferMetrics offers, Func<OfferTypeMetrics, double> value, string id, string caption, string yLabel)
    {
        var plot = PlotCanvas.Create(string.Empty, yLabel);
        plot.Add.Bars([.. offers.ByType.Values.Select(value)]);
        PlotCanvas.Categories(plot, [.. offers.ByType.Keys.Select(name => name.Replace('_', ' '))]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = ScottPlot.Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 80;
        plot.Axes.Margins(bottom: 0);
        return PlotCanvas.Render(plot, id, caption, PlotCanvas.Width, 340);
    }
}
