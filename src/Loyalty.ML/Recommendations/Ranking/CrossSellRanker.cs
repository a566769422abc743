using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// Cross-sell: complements of what the customer bought most recently. Items bought in the same orders as each recent
/// item (factor neighbours are left out: they tend to be substitutes), minus
/// substitutes: the same category when both items have one, otherwise near-duplicates (names sharing most words, or
/// nearly identical factors).
/// </summary>
internal static class CrossSellRanker
{
    private const int Seeds = 5;
    private const double DuplicateNameOverlap = 0.5;
    private const float DuplicateCosine = 0.9f;

    public static List<RankedItem> Top(RecommenderModel model, AlsoBoughtRanker alsoBought, ItemSimilarity similarity, int customer, int count, Func<int, bool> accept)
    {
        var history = model.History;
        var seeds = Enumerable.Range(history.Start(customer), history.End(customer) - history.Start(customer))
            .OrderByDescending(entry => history.LastDay[entry])
            .ThenByDescending(entry => history.Days[entry])
            .Take(Seeds)
            .Select(entry => history.Items[entry])
            .ToList();
        var best = new Dictionary<int, RankedItem>();
        foreach (var seed in seeds)
        {
            foreach (var ranked in alsoBought.CoOccurring(seed, count, item => accept(item) && !IsSubstitute(model, similarity, seed, item)))
            {
                if (!best.TryGetValue(ranked.Item, out var known) || known.Score < ranked.Score)
                {
                    best[ranked.Item] = ranked;
                }
            }
        }

        return [.. best.Values.OrderByDescending(ranked => ranked.Score).ThenBy(ranked => ranked.Item).Take(count)];
    }

    /// <summary>True when <paramref name="item"/> would replace <paramref name="seed"/> rather than go with it.</summary>
    public static bool IsSubstitute(RecommenderModel model, ItemSimilarity similarity, int seed, int item)
    {
        if (model.ItemCategory[seed] >= 0 && model.ItemCategory[item] >= 0)
        {
            return model.ItemCategory[seed] == model.ItemCategory[item];
        }

        return model.ItemNames[seed] is { } seedName && model.ItemNames[item] is { } itemName
            ? NameOverlap(seedName, itemName) >= DuplicateNameOverlap
            : similarity.Cosine(seed, item) >= DuplicateCosine;
    }

    private static double NameOverlap(string a, string b)
    {
        var left = a.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var right = b.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shared = left.Count(right.Contains);
        var union = left.Count + right.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }
}
