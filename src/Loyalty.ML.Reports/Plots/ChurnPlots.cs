using Loyalty.ML.Churn.Figures;
using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Core.Statistics;
using ScottPlot;

namespace Loyalty.ML.Reports.Plots;

/// <summary>The churn section: the evaluation against both baselines, calibration, the published probabilities and the lifetimes-style plots.</summary>
internal static class ChurnPlots
{
    public static ReportPlot Roc(ChurnCurves curves, ChurnEvaluationMetrics evaluation)
    {
        var plot = PlotCanvas.Create("false-positive rate", "true-positive rate");
        Line(plot, curves.ModelRoc, PlotCanvas.Model, $"model (AUC {evaluation.Auc:0.000})");
        Line(plot, curves.RecencyRoc, PlotCanvas.First, $"recency (AUC {evaluation.Baselines.Recency.Auc:0.000})");
        Line(plot, curves.BgnbdRoc, PlotCanvas.Second, $"BG/NBD P(no purchase) (AUC {evaluation.Baselines.Bgnbd.Auc:0.000})");
        Diagonal(plot);
        plot.ShowLegend(Alignment.LowerRight);
        return PlotCanvas.Render(plot, "churn-roc", "ROC curves on the out-of-time test customers");
    }

    public static ReportPlot Gain(ChurnCurves curves)
    {
        var plot = PlotCanvas.Create("share of customers contacted, riskiest first", "share of churners reached");
        Line(plot, curves.ModelGain, PlotCanvas.Model, "model");
        Line(plot, curves.RecencyGain, PlotCanvas.First, "recency");
        Line(plot, curves.BgnbdGain, PlotCanvas.Second, "BG/NBD P(no purchase)");
        Diagonal(plot);
        plot.ShowLegend(Alignment.LowerRight);
        return PlotCanvas.Render(plot, "churn-gain", "Cumulative gain: churners reached by contacting the riskiest customers first");
    }

    public static ReportPlot Reliability(IReadOnlyList<CalibrationDecile> deciles)
    {
        var plot = PlotCanvas.Create("mean predicted probability (by decile)", "observed churn rate");
        double[] predicted = [.. deciles.Select(d => d.MeanPredicted)];
        double[] observed = [.. deciles.Select(d => d.ObservedRate)];
        var points = plot.Add.Scatter(predicted, observed, PlotCanvas.Model);
        points.MarkerSize = 7;
        points.LegendText = "deciles";
        Diagonal(plot, "perfect calibration");
        plot.ShowLegend(Alignment.UpperLeft);
        return PlotCanvas.Render(plot, "churn-reliability", "Reliability: predicted against observed churn by decile of predicted probability");
    }

    public static ReportPlot Probabilities(IReadOnlyList<ProbabilityBin> bins)
    {
        var plot = PlotCanvas.Create("published P(no purchase in the horizon)", "customers");
        var width = bins.Count > 0 ? bins[0].To - bins[0].From : 0.05;
        var bars = new List<Bar>();
        foreach (var bin in bins)
        {
            var center = (bin.From + bin.To) / 2;
            var bottom = 0.0;
            foreach (var (count, color) in new[] { (bin.Low, PlotCanvas.Second), (bin.Medium, PlotCanvas.First), (bin.High, PlotCanvas.Warning) })
            {
                bars.Add(new Bar { Position = center, ValueBase = bottom, Value = bottom + count, FillColor = color, Size = width * 0.95 });
                bottom += count;
            }
        }

        plot.Add.Bars(bars);
        plot.ShowLegend([
            new LegendItem { LabelText = "low", FillColor = PlotCanvas.Second },
            new LegendItem { LabelText = "medium", FillColor = PlotCanvas.First },
            new LegendItem { LabelText = "high", FillColor = PlotCanvas.Warning },
        ], Alignment.UpperCenter);
        plot.Axes.Margins(bottom: 0);
        return PlotCanvas.Render(plot, "churn-probabilities", "Published churn probabilities by risk band");
    }

    public static ReportPlot Holdout(IReadOnlyList<HoldoutPurchases> groups)
    {
        var plot = PlotCanvas.Create("repeat purchase days before the test cutoff (the last: that many or more)", "mean purchase days in the holdout");
        double[] xs = [.. groups.Select(g => (double)g.RepeatPurchases)];
        double[] expected = [.. groups.Select(g => g.Predicted)];
        double[] observed = [.. groups.Select(g => g.Actual)];
        var predicted = plot.Add.Scatter(xs, expected, PlotCanvas.First);
        predicted.LegendText = "BG/NBD predicted";
        var actual = plot.Add.Scatter(xs, observed, PlotCanvas.Model);
        actual.LegendText = "actual";
        PlotCanvas.Legend(plot);
        return PlotCanvas.Render(plot, "churn-holdout", "Predicted against actual purchases in the holdout");
    }

    public static ReportPlot AliveMatrix(ProbabilityAliveMatrix matrix)
    {
        var cells = new List<(int, int, double, string)>();
        for (var row = 0; row < matrix.Frequencies.Count; row++)
        {
            for (var column = 0; column < matrix.RecencyDays.Count; column++)
            {
                var value = matrix.Values[row][column] ?? double.NaN;
                cells.Add((column + 1, row + 1, value, double.IsFinite(value) ? value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : string.Empty));
            }
        }

        var plot = PlotCanvas.Create($"recency: days from first to last purchase (customer age {matrix.AgeDays:0} days)", "repeat purchase days");

        // Under the cells, covered by them: only there for the colour bar's scale of 0 to 1.
        var scaleSource = plot.Add.Heatmap(new double[,] { { 0, 1 } });
        scaleSource.Colormap = new ScottPlot.Colormaps.Viridis();
        scaleSource.Extent = new ScottPlot.CoordinateRect(1, 1.01, 1, 1.01);
        HeatCells.Draw(plot, cells, 1, [.. matrix.RecencyDays.Select(days => days.ToString("0", System.Globalization.CultureInfo.InvariantCulture))], [.. matrix.Frequencies.Select(f => f.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        plot.Add.ColorBar(scaleSource).Label = "BG/NBD P(alive)";
        return PlotCanvas.Render(plot, "churn-p-alive", "BG/NBD's own P(alive) per cell of recency × repeat purchase days (that model's figure, not the churn score; blank: impossible)", PlotCanvas.Width, 420);
    }

    private static void Line(Plot plot, IReadOnlyList<CurvePoint> points, Color color, string label)
    {
        double[] xs = [.. points.Select(p => p.X)];
        double[] ys = [.. points.Select(p => p.Y)];
        var line = plot.Add.ScatterLine(xs, ys, color);
        line.LineWidth = 2;
        line.LegendText = label;
    }

    private static void Diagonal(Plot plot, string label = "chance")
    {
        var line = plot.Add.Line(0, 0, 1, 1);
        line.LineColor = Colors.Gray;
        line.LinePattern = LinePattern.Dashed;
        line.LegendText = label;
        plot.Axes.SetLimits(0, 1, 0, 1);
    }
}
