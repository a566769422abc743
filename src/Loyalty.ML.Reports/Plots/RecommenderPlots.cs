using Loyalty.ML.Recommendations.Evaluation.Metrics;
using ScottPlot;

namespace Loyalty.ML.Reports.Plots;

/// <summary>The recommender section: ALS against its baselines, and the evaluation split on the history's time line.</summary>
internal static class RecommenderPlots
{
    public static ReportPlot Figures(RecommenderMetrics metrics, RankingSummary als)
    {
        var methods = new (string Name, RankingSummary? Summary, Color Color)[] { ("ALS", als, PlotCanvas.Model), ("item-kNN", metrics.ItemKnn, PlotCanvas.First), ("popularity", metrics.Popularity, PlotCanvas.Second) };
        var figures = new (string Name, Func<RankingSummary, double> Value)[] { ($"NDCG@{als.K}", s => s.Ndcg), ($"recall@{als.K}", s => s.Recall), ($"hit rate@{als.K}", s => s.HitRate), ("coverage", s => s.Coverage) };
        var plot = PlotCanvas.Create(string.Empty, "value on the test customers");
        var bars = new List<Bar>();
        for (var f = 0; f < figures.Length; f++)
        {
            for (var m = 0; m < methods.Length; m++)
            {
                if (methods[m].Summary is { } summary)
                {
                    bars.Add(new Bar { Position = f + ((m - 1) * 0.27), Value = figures[f].Value(summary), FillColor = methods[m].Color, Size = 0.25 });
                }
            }
        }

        plot.Add.Bars(bars);
        PlotCanvas.Categories(plot, [.. figures.Select(f => f.Name)]);
        plot.ShowLegend([.. methods.Where(m => m.Summary is not null).Select(m => new LegendItem { LabelText = m.Name, FillColor = m.Color })], Alignment.UpperLeft);
        plot.Axes.Margins(bottom: 0);
        return PlotCanvas.Render(plot, "recommender-figures", "ALS against item-kNN and popularity on the test period");
    }

    public static ReportPlot Split(DateTime first, DateTime split, DateTime last)
    {
        var plot = PlotCanvas.Create("date", string.Empty);
        var train = plot.Add.HorizontalSpan(first.ToOADate(), split.ToOADate());
        train.FillColor = PlotCanvas.Model.WithAlpha(0.5);
        train.LegendText = "training";
        var test = plot.Add.HorizontalSpan(split.ToOADate(), last.ToOADate());
        test.FillColor = PlotCanvas.First.WithAlpha(0.6);
        test.LegendText = "test";
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.IsVisible = false;
        plot.Axes.SetLimits(first.ToOADate() - 5, last.ToOADate() + 5, 0, 1);
        plot.ShowLegend(Alignment.UpperLeft, Orientation.Horizontal);
        return PlotCanvas.Render(plot, "recommender-split", "The evaluation split on the time line", PlotCanvas.Width, 170);
    }
}
