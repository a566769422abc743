using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// Also-bought hit rate: over test-window orders with at least two items, for each item of the order, a hit when
/// another item of the same order is in that item's top K. Lists are computed once per item.
/// </summary>
internal static class AlsoBoughtEvaluator
{
    public static (double HitRate, int Orders, int Pairs) HitRate(EvaluationSplit split, Func<int, List<RankedItem>> topOf)
    {
        var orders = split.TestOrders;
        var cache = new Dictionary<int, HashSet<int>>();
        int hits = 0, pairs = 0, evaluatedOrders = 0;
        for (var order = 0; order < orders.Rows; order++)
        {
            var items = orders.RowIndices(order);
            if (items.Length < 2)
            {
                continue;
            }

            evaluatedOrders++;
            foreach (var item in items)
            {
                if (!cache.TryGetValue(item, out var top))
                {
                    top = topOf(item).Select(ranked => ranked.Item).ToHashSet();
                    cache.Add(item, top);
                }

                pairs++;
                foreach (var other in items)
                {
                    if (other != item && top.Contains(other))
                    {
                        hits++;
                        break;
                    }
                }
            }
        }

        return (pairs == 0 ? 0 : (double)hits / pairs, evaluatedOrders, pairs);
    }
}
