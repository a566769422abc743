using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// Also-bought hit rate: over test-window orders with at least two items, for each item of the order, a hit when
/// another item of the same order is in that item's top K. Lists are computed once per item, in batches (a method
/// may compute a batch together) on several threads; the hits are then counted in order.
/// </summary>
internal static class AlsoBoughtEvaluator
{
    private const int Batch = 16;

    public static (double HitRate, int Orders, int Pairs) HitRate(EvaluationSplit split, Func<int, List<RankedItem>> topOf) =>
        HitRate(split, items => Array.ConvertAll(items, item => topOf(item)), threads: 1);

    public static (double HitRate, int Orders, int Pairs) HitRate(EvaluationSplit split, Func<int[], List<RankedItem>[]> topsOf, int threads)
    {
        var orders = split.TestOrders;
        var tops = Tops(orders, topsOf, threads);
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
                pairs++;
                foreach (var other in items)
                {
                    if (other != item && tops[item]!.Contains(other))
                    {
                        hits++;
                        break;
                    }
                }
            }
        }

        return (pairs == 0 ? 0 : (double)hits / pairs, evaluatedOrders, pairs);
    }

    // The list of every item of an order with two items or more.
    private static HashSet<int>?[] Tops(Als.CsrMatrix orders, Func<int[], List<RankedItem>[]> topsOf, int threads)
    {
        var needed = new SortedSet<int>();
        for (var order = 0; order < orders.Rows; order++)
        {
            if (orders.RowLength(order) >= 2)
            {
                needed.UnionWith(orders.RowIndices(order).ToArray());
            }
        }

        var items = needed.ToArray();
        var tops = new HashSet<int>?[orders.Columns];
        Parallel.For(0, (items.Length + Batch - 1) / Batch, new ParallelOptions { MaxDegreeOfParallelism = threads }, batch =>
        {
            var chunk = items[(batch * Batch)..Math.Min(items.Length, (batch + 1) * Batch)];
            var lists = topsOf(chunk);
            for (var index = 0; index < chunk.Length; index++)
            {
                tops[chunk[index]] = [.. lists[index].Select(ranked => ranked.Item)];
            }
        });
        return tops;
    }
}
