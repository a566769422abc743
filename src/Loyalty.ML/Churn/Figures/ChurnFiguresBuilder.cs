using System.Text.RegularExpressions;

namespace Loyalty.ML.Churn.Figures;

/// <summary>Builds <see cref="ChurnFigures"/> from the published scores and the evaluation's curves.</summary>
internal static partial class ChurnFiguresBuilder
{
    private const int Bins = 20;
    private const int ReasonsShown = 10;

    public static ChurnFigures Build(ChurnCurves? curves, IReadOnlyList<ChurnScore> scores)
    {
        var counts = new int[Bins, 3];
        foreach (var score in scores)
        {
            var bin = Math.Clamp((int)(score.Probability * Bins), 0, Bins - 1);
            counts[bin, (int)score.Band]++;
        }

        var bins = Enumerable.Range(0, Bins).Select(bin => new ProbabilityBin(bin / (double)Bins, (bin + 1) / (double)Bins, counts[bin, (int)RiskBand.Low], counts[bin, (int)RiskBand.Medium], counts[bin, (int)RiskBand.High]));

        // Sentences carry each customer's own numbers ("no purchase in 134 days"); without them they group into reasons.
        var reasons = scores.SelectMany(score => score.Reasons)
            .GroupBy(reason => Numbers().Replace(reason, "N"), StringComparer.Ordinal)
            .Select(group => new ReasonCount(group.Key, group.Count()))
            .OrderByDescending(reason => reason.Customers)
            .ThenBy(reason => reason.Reason, StringComparer.Ordinal)
            .Take(ReasonsShown);
        return new ChurnFigures(curves, [.. bins], [.. reasons]);
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex Numbers();
}
