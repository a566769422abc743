using System.Globalization;
using Loyalty.ML.Recommendations.Evaluation;

namespace Loyalty.ML.Recommendations.Selection;

/// <summary>
/// The personal candidate chosen on the deciding split, and how sure the choice is. The rule, in order:
/// <list type="number">
/// <item>a candidate clearly better than every other — at least <see cref="ClearRatio"/>× their NDCG on a choice split
/// of at least <see cref="ClearCustomers"/> customers — is chosen, whatever else;</item>
/// <item>otherwise the leader on the deciding split is compared with the runner-up on paired per-customer differences
/// (<see cref="PairedComparison"/>); when the difference is distinguishable the leader is chosen;</item>
/// <item>when it is not, more evidence decides: the other protocol's choice splits are asked for only now (they cost a
/// fit each), a candidate clearly better on one of them is chosen, else the same two are compared on every choice
/// split of both protocols pooled, and the one ahead there is chosen (the leader on a tie). A difference still inside
/// the noise is stated as such: either is as good as the evaluation can tell.</item>
/// </list>
/// </summary>
/// <param name="Chosen">The candidate chosen.</param>
/// <param name="Comparison">Leader against runner-up on the deciding split.</param>
/// <param name="Pooled">The same pair on every choice split pooled, when the deciding split could not tell them apart.</param>
/// <param name="Reason">Which step of the rule chose, in words.</param>
internal sealed record CandidateChoice(string Chosen, PairedComparison Comparison, PairedComparison? Pooled, string Reason)
{
    /// <summary>How many times every other candidate's NDCG a clearly better candidate has.</summary>
    public const double ClearRatio = 1.3;

    /// <summary>Fewest customers a clearly better candidate must be measured on.</summary>
    public const int ClearCustomers = 500;

    /// <summary>Applies the rule to the <paramref name="eligible"/> candidates' figures on <paramref name="deciding"/> and the other choice splits <paramref name="others"/>.</summary>
    internal static CandidateChoice Make(IReadOnlyList<string> eligible, IReadOnlyDictionary<string, RankingReport> deciding, IReadOnlyList<IReadOnlyDictionary<string, RankingReport>> others) =>
        Make(eligible, deciding, () => others);

    /// <summary>As above, the other choice splits evaluated by <paramref name="others"/> only when the deciding split cannot tell.</summary>
    internal static CandidateChoice Make(IReadOnlyList<string> eligible, IReadOnlyDictionary<string, RankingReport> deciding, Func<IReadOnlyList<IReadOnlyDictionary<string, RankingReport>>> others)
    {
        var ranked = eligible.OrderByDescending(name => deciding[name].Ndcg).ToList();
        var leader = ranked[0];
        var runnerUp = ranked.Count > 1 ? ranked[1] : leader;
        var comparison = Compare(leader, runnerUp, [deciding]);
        if (ClearWinner(eligible, deciding) is { } clearHere)
        {
            return Clear(clearHere, comparison);
        }

        if (comparison.Distinguishable || leader == runnerUp)
        {
            return new CandidateChoice(leader, comparison, null, Text($"{leader} leads {runnerUp} beyond the noise on the deciding split"));
        }

        var more = others();
        if (more.Select(split => ClearWinner(eligible, split)).FirstOrDefault(name => name is not null) is { } clear)
        {
            return Clear(clear, comparison);
        }

        var pooled = Compare(leader, runnerUp, [deciding, .. more]);
        var chosen = pooled.Difference >= 0 ? leader : runnerUp;
        var sure = pooled.Distinguishable ? "beyond the noise" : "still inside the noise, so either is as good as the evaluation can tell";
        return new CandidateChoice(chosen, comparison, pooled, Text($"{leader} and {runnerUp} are not distinguishable on the deciding split; pooled over every choice split ({pooled.Customers:N0} customers) {chosen} is ahead, {sure}"));
    }

    private static CandidateChoice Clear(string clear, PairedComparison comparison) =>
        new(clear, comparison, null, Text($"{clear} is clearly better: at least {ClearRatio}× every other candidate's NDCG on a choice split of {ClearCustomers}+ customers"));

    private static PairedComparison Compare(string first, string second, IEnumerable<IReadOnlyDictionary<string, RankingReport>> splits) =>
        PairedComparison.Of(first, second, splits.Where(split => split[first].Customers > 0).Select(split => (split[first].CustomerNdcg, split[second].CustomerNdcg)));

    private static string? ClearWinner(IReadOnlyList<string> eligible, IReadOnlyDictionary<string, RankingReport> split)
    {
        var ranked = eligible.OrderByDescending(name => split[name].Ndcg).ToList();
        return ranked.Count > 1 && split[ranked[0]].Customers >= ClearCustomers && split[ranked[0]].Ndcg >= ClearRatio * split[ranked[1]].Ndcg && split[ranked[0]].Ndcg > 0
            ? ranked[0]
            : null;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
