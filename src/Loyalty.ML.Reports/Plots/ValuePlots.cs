using Loyalty.ML.Churn.Figures;
using Loyalty.ML.Reports.Html;
using ScottPlot;

namespace Loyalty.ML.Reports.Plots;

/// <summary>The value-at-risk section: how CLV is spread over the customers, and the revenue at stake per risk band.</summary>
internal static class ValuePlots
{
    public static ReportPlot Clv(IReadOnlyList<ClvBin> bins, ReportFormat format)
    {
        var plot = PlotCanvas.Create(string.Empty, "customers");
        var labels = bins.Select(bin => bin.To <= 0 ? "0" : $"{format.MoneyWhole(bin.From)}–{format.MoneyWhole(bin.To)}").ToList();
        var bars = new List<Bar>();
        for (var index = 0; index < bins.Count; index++)
        {
            var (others, atRisk) = (bins[index].Customers - bins[index].AtRisk, bins[index].AtRisk);
            bars.Add(new Bar { Position = index, ValueBase = 0, Value = atRisk, FillColor = PlotCanvas.Warning, Size = 0.8 });
            bars.Add(new Bar { Position = index, ValueBase = atRisk, Value = atRisk + others, FillColor = PlotCanvas.Model, Size = 0.8 });
        }

        plot.Add.Bars(bars);
        PlotCanvas.Categories(plot, labels);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 110;
        plot.ShowLegend([
            new LegendItem { LabelText = "at risk (medium, high)", FillColor = PlotCanvas.Warning },
            new LegendItem { LabelText = "low risk", FillColor = PlotCanvas.Model },
        ], Alignment.UpperRight);
        plot.Axes.Margins(bottom: 0);
        return PlotCanvas.Render(plot, "value-clv", "Customers by lifetime value (CLV, geometric bins: the many small and the few large on one axis)", PlotCanvas.Width, 400);
    }

    public static ReportPlot StakeByBand(IReadOnlyList<BandValue> bands, ReportFormat format)
    {
        var plot = PlotCanvas.Create(format.CurrencySymbol is { } symbol ? $"revenue at stake ({symbol.Trim()})" : "revenue at stake", string.Empty);
        PlotCanvas.HorizontalBars(plot, [.. bands.Select(band => $"{band.Band} ({format.Count(band.Customers)})")], [.. bands.Select(band => band.RevenueAtStake)], format.MoneyWhole, PlotCanvas.Warning);
        return PlotCanvas.Render(plot, "value-stake-by-band", "Revenue at stake (Σ churn probability × CLV) per risk band, customers in brackets", PlotCanvas.Width, 220);
    }
}
