using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// Up-sell: items close in factor space (and in the same category when the reference has one) that upgrade the
/// reference (<see cref="UpSellPrice"/>: dearer per unit and no smaller where both have a size, else at least
/// <see cref="PriceStep"/> × its price); for a customer, upgrades of what they buy most, then their best
/// personal items above the price they usually pay (bounded from the 8-bit item copy when one is given).
/// </summary>
internal static class UpSellRanker
{
    /// <summary>An up-sell costs at least this much more than what it upgrades.</summary>
    public const float PriceStep = 1.1f;

    private const int Seeds = 3;

    public static List<RankedItem> ForItem(RecommenderModel model, ItemSimilarity similarity, CategoryMembers categories, int item, int count, Func<int, bool> accept)
    {
        var category = model.ItemCategory[item];
        return similarity.Nearest(item, count, other => UpSellPrice.IsUpgrade(model, item, other) && accept(other), categories.Of(category))
            .ConvertAll(ranked => ranked with { Source = AnswerSource.Upgrade });
    }

    public static List<RankedItem> ForCustomer(RecommenderModel model, ItemSimilarity similarity, CategoryMembers categories, int customer, int count, Func<int, bool> accept, QuantizedItems? quantized = null)
    {
        var history = model.History;
        var seeds = Enumerable.Range(history.Start(customer), history.End(customer) - history.Start(customer))
            .OrderByDescending(entry => history.Days[entry])
            .ThenByDescending(entry => history.LastDay[entry])
            .Take(Seeds)
            .Select(entry => history.Items[entry]);
        var best = new Dictionary<int, RankedItem>();
        foreach (var seed in seeds)
        {
            foreach (var ranked in ForItem(model, similarity, categories, seed, count, accept))
            {
                if (!best.TryGetValue(ranked.Item, out var known) || known.Score < ranked.Score)
                {
                    best[ranked.Item] = ranked;
                }
            }
        }

        var result = best.Values.OrderByDescending(ranked => ranked.Score).ThenBy(ranked => ranked.Item).Take(count).ToList();
        if (result.Count < count)
        {
            var floor = history.UsualPrice[customer] * PriceStep;
            var taken = result.Select(ranked => ranked.Item).ToHashSet();
            result.AddRange(PersonalRanker.Top(model, similarity, customer, count - result.Count, item => !taken.Contains(item) && model.ItemPrice[item] >= floor && accept(item), quantized)
                .Select(ranked => ranked with { Source = AnswerSource.Upgrade, Seed = -1 }));
        }

        return result;
    }
}
