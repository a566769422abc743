using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Churn.Figures;

/// <summary>Builds <see cref="ChurnCurves"/> from the out-of-time test: its customers, their scores and labels, and BG/NBD fitted at the cutoff.</summary>
internal static class ChurnCurvesBuilder
{
    private const int HoldoutGroups = 8;
    private const int MatrixColumns = 24;
    private const int MatrixRowsAtMost = 30;

    public static ChurnCurves Build(CustomerTimeline timeline, ChurnSnapshot test, BgNbdModel bgnbd, int horizon, double[] model, double[] recency, double[] silent, bool[] labels) => new(
        ScoreCurves.Roc(model, labels),
        ScoreCurves.Roc(recency, labels),
        ScoreCurves.Roc(silent, labels),
        ScoreCurves.Gain(model, labels),
        ScoreCurves.Gain(recency, labels),
        ScoreCurves.Gain(silent, labels),
        Holdout(timeline, test, bgnbd, horizon),
        AliveMatrix(test, bgnbd));

    private static List<HoldoutPurchases> Holdout(CustomerTimeline timeline, ChurnSnapshot test, BgNbdModel bgnbd, int horizon)
    {
        var (customers, predicted, actual) = (new int[HoldoutGroups], new double[HoldoutGroups], new double[HoldoutGroups]);
        for (var row = 0; row < test.Count; row++)
        {
            var summary = test.Summaries[row];
            var group = Math.Min((int)summary.Frequency, HoldoutGroups - 1);
            customers[group]++;
            predicted[group] += bgnbd.ExpectedPurchases(summary, horizon);
            actual[group] += PurchaseDaysAfter(timeline, test.Customers[row], test.CutoffDay, horizon);
        }

        return [.. Enumerable.Range(0, HoldoutGroups).Where(group => customers[group] > 0)
            .Select(group => new HoldoutPurchases(group, customers[group], predicted[group] / customers[group], actual[group] / customers[group]))];
    }

    private static int PurchaseDaysAfter(CustomerTimeline timeline, int customer, int cutoff, int horizon)
    {
        var (days, previous) = (0, int.MinValue);
        for (var order = timeline.OrderStart[customer]; order < timeline.OrderStart[customer + 1]; order++)
        {
            var day = timeline.OrderDay[order];
            if (day > cutoff && day <= cutoff + horizon && day != previous)
            {
                days++;
                previous = day;
            }
        }

        return days;
    }

    private static ProbabilityAliveMatrix AliveMatrix(ChurnSnapshot test, BgNbdModel bgnbd)
    {
        var age = test.Count == 0 ? 1 : Math.Max(1, test.Summaries.Max(summary => summary.Age));
        var frequencies = test.Summaries.Select(summary => (int)summary.Frequency).Order().ToArray();
        var topFrequency = frequencies.Length == 0 ? 1 : Math.Clamp(frequencies[(int)(0.99 * (frequencies.Length - 1))], 1, MatrixRowsAtMost);
        var rows = Enumerable.Range(0, topFrequency + 1).ToArray();
        var columns = Enumerable.Range(0, MatrixColumns).Select(column => Math.Round(age * column / (MatrixColumns - 1), 1)).ToArray();
        var values = rows.Select(frequency => (IReadOnlyList<double?>)[.. columns.Select(recency =>
            frequency > 0 && recency < frequency ? null : (double?)bgnbd.ProbabilityAlive(new PurchaseSummary(frequency, frequency == 0 ? 0 : recency, age)))]);
        return new ProbabilityAliveMatrix(age, rows, columns, [.. values]);
    }
}
