using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Loyalty.ML.Churn.Figures;

/// <summary>Builds <see cref="ChurnFigures"/> from the published scores and the evaluation's curves.</summary>
internal static partial class ChurnFiguresBuilder
{
    private const int Bins = 20;
    private const int ReasonsShown = 10;

    /// <summary>The figures of <paramref name="scores"/>, whose sentences are <paramref name="reasons"/> (read once, in any order).</summary>
    public static ChurnFigures Build(ChurnCurves? curves, IReadOnlyList<ChurnScore> scores, IEnumerable<string> reasons)
    {
        var counts = new int[Bins, 3];
        foreach (var score in scores)
        {
            var bin = Math.Clamp((int)(score.Probability * Bins), 0, Bins - 1);
            counts[bin, (int)score.Band]++;
        }

        var bins = Enumerable.Range(0, Bins).Select(bin => new ProbabilityBin(bin / (double)Bins, (bin + 1) / (double)Bins, counts[bin, (int)RiskBand.Low], counts[bin, (int)RiskBand.Medium], counts[bin, (int)RiskBand.High]));

        // Sentences carry each customer's own numbers ("no purchase in 134 days"); without them they group into reasons.
        var customers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reason in reasons)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(customers, Numbers().Replace(reason, "N"), out _)++;
        }

        var shown = customers
            .Select(reason => new ReasonCount(reason.Key, reason.Value))
            .OrderByDescending(reason => reason.Customers)
            .ThenBy(reason => reason.Reason, StringComparer.Ordinal)
            .Take(ReasonsShown);
        return new ChurnFigures(curves, [.. bins], [.. shown]);
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex Numbers();
}
