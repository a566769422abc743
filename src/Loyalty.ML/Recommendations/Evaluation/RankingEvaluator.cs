using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// Ranks every item for each test customer, drops items the customer bought before the split and items unknown
/// before it, keeps the top K and averages the metrics. Per-customer results are summed in customer order, so the
/// report does not depend on thread scheduling.
/// </summary>
public static class RankingEvaluator
{
    /// <summary>Default list length K the metrics are computed at.</summary>
    public const int DefaultK = 10;

    /// <summary>Scores the test customers of <paramref name="split"/> with <paramref name="scorer"/> on <paramref name="threads"/> threads and averages the metrics at <paramref name="k"/>.</summary>
    public static RankingReport Evaluate(EvaluationSplit split, IItemScorer scorer, int k = DefaultK, int threads = 1)
    {
        var customers = split.TestCustomers;
        var results = new RankingMetrics[customers.Length];
        var lists = new int[customers.Length][];
        var items = split.TrainCounts.Columns;
        Parallel.For(
            0,
            customers.Length,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => (Scores: new float[items], Best: new int[k]),
            (index, _, scratch) =>
            {
                var customer = customers[index];
                scorer.Score(customer, scratch.Scores);
                for (var item = 0; item < items; item++)
                {
                    scratch.Scores[item] = split.KnownItems[item] ? scratch.Scores[item] : float.NegativeInfinity;
                }

                foreach (var bought in split.TrainCounts.RowIndices(customer))
                {
                    scratch.Scores[bought] = float.NegativeInfinity;
                }

                var found = TopK.Select(scratch.Scores, scratch.Best);
                lists[index] = scratch.Best[..found];
                results[index] = RankingMetrics.Compute(lists[index], split.Relevant[index], k);
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
