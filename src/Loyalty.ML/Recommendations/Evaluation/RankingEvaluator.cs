using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// Ranks every item for each test customer, leaves out items the customer bought before the split and items unknown
/// before it, keeps the top K and averages the metrics. Customers are scored in batches (a method may compute a batch
/// together, <see cref="IItemScorer.ScoreMany"/>), the left-out items are refused by the top-K selection as serving
/// refuses them, and a ranking that is the same for everyone is sorted once. Per-customer results are summed in
/// customer order, so the report does not depend on thread scheduling.
/// </summary>
internal static class RankingEvaluator
{
    /// <summary>Default list length K the metrics are computed at.</summary>
    public const int DefaultK = 10;

    // Customers scored together: their item scores (16 × items floats) stay a few MB a thread.
    private const int Batch = 16;

    /// <summary>Scores the test customers of <paramref name="split"/> with <paramref name="scorer"/> on <paramref name="threads"/> threads and averages the metrics at <paramref name="k"/>.</summary>
    public static RankingReport Evaluate(EvaluationSplit split, IItemScorer scorer, int k = DefaultK, int threads = 1)
    {
        var customers = split.TestCustomers;
        var results = new RankingMetrics[customers.Length];
        var lists = new int[customers.Length][];
        var items = split.TrainCounts.Columns;
        var shared = scorer.SameForEveryone is { } same ? SharedRanking.Order(same.AsSpan(0, items)) : null;
        Parallel.For(
            0,
            (customers.Length + Batch - 1) / Batch,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new RankingScratch(split, shared is null ? Batch * items : 0, k),
            (batch, _, scratch) =>
            {
                var first = batch * Batch;
                var count = Math.Min(Batch, customers.Length - first);
                if (shared is null)
                {
                    scorer.ScoreMany(customers.AsSpan(first, count), scratch.Scores.AsSpan(0, count * items));
                }

                for (var index = first; index < first + count; index++)
                {
                    var customer = customers[index];
                    scratch.Exclude(customer, true);
                    var found = shared is null
                        ? TopK.Select(scratch.Scores.AsSpan((index - first) * items, items), scratch.Best, scratch.Accept)
                        : SharedRanking.Take(shared, scratch.Best, scratch.Accept);
                    scratch.Exclude(customer, false);
                    lists[index] = scratch.Best[..found];
                    results[index] = RankingMetrics.Compute(lists[index], split.Relevant[index], k);
                }

                return scratch;
            },
            _ => { });
        return Summarize(scorer.Name, k, results, lists, split.KnownItemCount);
    }

    private static RankingReport Summarize(string name, int k, RankingMetrics[] results, int[][] lists, int knownItems)
    {
        double ndcg = 0, recall = 0, hit = 0, map = 0;
        foreach (var result in results)
        {
            ndcg += result.Ndcg;
            recall += result.Recall;
            hit += result.Hit;
            map += result.AveragePrecision;
        }

        var count = Math.Max(1, results.Length);
        var covered = lists.SelectMany(list => list).Distinct().Count();
        var perCustomer = Array.ConvertAll(results, result => result.Ndcg);
        return new RankingReport(name, k, ndcg / count, recall / count, hit / count, map / count, (double)covered / Math.Max(1, knownItems), results.Length)
        {
            NdcgStdError = StdError(perCustomer),
            CustomerNdcg = perCustomer,
        };
    }

    /// <summary>Standard error of the mean of <paramref name="values"/> (0 for fewer than two).</summary>
    public static double StdError(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = values.Average();
        var variance = values.Sum(value => (value - mean) * (value - mean)) / (values.Count - 1);
        return Math.Sqrt(variance / values.Count);
    }
}
