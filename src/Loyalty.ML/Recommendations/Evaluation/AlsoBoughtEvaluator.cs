using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// Also-bought hit rate: over test-window orders with at least two items, for each item of the order, a hit when
/// another item of the same order is in that item's top K. Above <see cref="DefaultMaxOrders"/> such orders a seeded
/// sample of them is scored (the same orders for every method of a split), since each distinct item of the scored
/// orders costs a list; the standard error says how far the sample's figure may be from all orders'. Lists are
/// computed once per item, in batches (a method may compute a batch together) on several threads; the hits are then
/// counted in order.
/// </summary>
internal static class AlsoBoughtEvaluator
{
    /// <summary>
    /// Most orders scored: beyond it a seeded sample. At 8,000 orders a hit rate's standard error is under 0.005, a
    /// tenth of the gap between the methods that lead on the data sets measured, and the lists to compute fall with the
    /// distinct items of the orders kept.
    /// </summary>
    public const int DefaultMaxOrders = 8_000;

    private const int Batch = 16;
    private const int SampleSeed = 42;

    public static AlsoBoughtScore HitRate(EvaluationSplit split, Func<int, List<RankedItem>> topOf) =>
        HitRate(split, items => Array.ConvertAll(items, item => topOf(item)), threads: 1);

    public static AlsoBoughtScore HitRate(EvaluationSplit split, Func<int[], List<RankedItem>[]> topsOf, int threads, int maxOrders = DefaultMaxOrders) =>
        HitRates(split, 1, items => [topsOf(items)], threads, maxOrders)[0];

    /// <summary>
    /// <see cref="HitRate(EvaluationSplit, Func{int[], List{RankedItem}[]}, int, int)"/> of <paramref name="methods"/>
    /// methods at once: <paramref name="topsOf"/> gives every method's lists of a batch of items, one array per method
    /// (so what the methods share for a batch is computed once); one score per method, in that order.
    /// </summary>
    public static AlsoBoughtScore[] HitRates(EvaluationSplit split, int methods, Func<int[], List<RankedItem>[][]> topsOf, int threads, int maxOrders = DefaultMaxOrders)
    {
        var orders = split.TestOrders;
        var (scored, eligible) = Orders(orders, maxOrders);
        return Array.ConvertAll(Tops(orders, scored, methods, topsOf, threads), tops => Score(orders, scored, eligible, tops));
    }

    private static AlsoBoughtScore Score(CsrMatrix orders, int[] scored, int eligible, int[]?[] tops)
    {
        var orderHits = new double[scored.Length];
        var orderPairs = new double[scored.Length];
        int hits = 0, pairs = 0;
        for (var index = 0; index < scored.Length; index++)
        {
            var items = orders.RowIndices(scored[index]);
            foreach (var item in items)
            {
                pairs++;
                foreach (var other in items)
                {
                    if (other != item && Array.IndexOf(tops[item]!, other) >= 0)
                    {
                        hits++;
                        orderHits[index]++;
                        break;
                    }
                }
            }

            orderPairs[index] = items.Length;
        }

        var rate = pairs == 0 ? 0 : (double)hits / pairs;
        return new AlsoBoughtScore(rate, scored.Length, pairs, eligible, StdError(orderHits, orderPairs, rate));
    }

    /// <summary>The items of the orders the hit rate scores: the only ones whose lists it asks for.</summary>
    public static bool[] Asked(EvaluationSplit split, int maxOrders = DefaultMaxOrders)
    {
        var orders = split.TestOrders;
        var asked = new bool[orders.Columns];
        foreach (var order in Orders(orders, maxOrders).Scored)
        {
            foreach (var item in orders.RowIndices(order))
            {
                asked[item] = true;
            }
        }

        return asked;
    }

    /// <summary>The orders with two items or more, in order, or a seeded sample of <paramref name="max"/> of them; and how many there are.</summary>
    internal static (int[] Scored, int Eligible) Orders(CsrMatrix orders, int max)
    {
        var eligible = Enumerable.Range(0, orders.Rows).Where(order => orders.RowLength(order) >= 2).ToArray();
        if (eligible.Length <= max)
        {
            return (eligible, eligible.Length);
        }

        var shuffled = (int[])eligible.Clone();
        new Random(SampleSeed).Shuffle(shuffled);
        var scored = shuffled[..max];
        Array.Sort(scored);
        return (scored, eligible.Length);
    }

    // The ratio estimator's standard error with orders as clusters: sqrt(Σ (hits_i − rate·pairs_i)² / (n(n−1))) / mean pairs.
    private static double StdError(double[] hits, double[] pairs, double rate)
    {
        var n = hits.Length;
        if (n < 2)
        {
            return 0;
        }

        double sum = 0;
        for (var index = 0; index < n; index++)
        {
            var residual = hits[index] - (rate * pairs[index]);
            sum += residual * residual;
        }

        return Math.Sqrt(sum / ((double)n * (n - 1))) / pairs.Average();
    }

    // Each method's list of every item of a scored order (K items: a scan finds one as fast as a set would).
    private static int[]?[][] Tops(CsrMatrix orders, int[] scored, int methods, Func<int[], List<RankedItem>[][]> topsOf, int threads)
    {
        var needed = new SortedSet<int>();
        foreach (var order in scored)
        {
            needed.UnionWith(orders.RowIndices(order).ToArray());
        }

        var items = needed.ToArray();
        var tops = Enumerable.Range(0, methods).Select(_ => new int[]?[orders.Columns]).ToArray();
        Parallel.For(0, (items.Length + Batch - 1) / Batch, new ParallelOptions { MaxDegreeOfParallelism = threads }, batch =>
        {
            var chunk = items[(batch * Batch)..Math.Min(items.Length, (batch + 1) * Batch)];
            var lists = topsOf(chunk);
            for (var method = 0; method < methods; method++)
            {
                for (var index = 0; index < chunk.Length; index++)
                {
                    tops[method][chunk[index]] = [.. lists[method][index].Select(ranked => ranked.Item)];
                }
            }
        });
        return tops;
    }
}
