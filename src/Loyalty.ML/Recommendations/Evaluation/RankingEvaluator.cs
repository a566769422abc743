using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// Ranks every item for each test customer, leaves out items the customer bought before the split and items unknown
/// before it, keeps the top K and averages the metrics. Customers are scored in batches (a method may compute a batch
/// together, <see cref="IItemScorer.ScoreMany"/>), the left-out items are refused by the top-K selection as serving
/// refuses them, and a ranking that is the same for everyone is sorted once. A list computed from another's scores
/// (the blend from ALS's dots) is ranked from the same batch, so those scores are computed once for both, and so is a
/// list it computes on the way (the blend's item-kNN scores, item_knn's own).
/// Per-customer results are summed in customer order, so the report does not depend on thread scheduling.
/// </summary>
internal static class RankingEvaluator
{
    /// <summary>Default list length K the metrics are computed at.</summary>
    public const int DefaultK = 10;

    // Customers scored together: their item scores (16 × items floats) stay a few MB a thread.
    private const int Batch = 16;

    /// <summary>Scores the test customers of <paramref name="split"/> with <paramref name="scorer"/> on <paramref name="threads"/> threads and averages the metrics at <paramref name="k"/>.</summary>
    public static RankingReport Evaluate(EvaluationSplit split, IItemScorer scorer, int k = DefaultK, int threads = 1) =>
        Evaluate(split, scorer, [], k, threads)[0];

    /// <summary>
    /// As above for <paramref name="scorer"/> and each of <paramref name="derived"/>, whose scores are computed from
    /// the scorer's batch (<see cref="IDerivedScores"/>) instead of from nothing: one report each, in that order, then
    /// one for each side list the derived ones compute on the way (<see cref="IDerivedScores.SideName"/>), in their order.
    /// </summary>
    public static RankingReport[] Evaluate(EvaluationSplit split, IItemScorer scorer, IReadOnlyList<IDerivedScores> derived, int k = DefaultK, int threads = 1)
    {
        var customers = split.TestCustomers;
        var lists = 1 + derived.Count;
        var sides = derived.Select((one, index) => (one.SideName, Derived: index)).Where(side => side.SideName is not null).ToArray();
        var sideOf = Enumerable.Repeat(-1, derived.Count).ToArray();
        for (var side = 0; side < sides.Length; side++)
        {
            sideOf[sides[side].Derived] = lists + side;
        }

        var results = NewLists<RankingMetrics>(lists + sides.Length, customers.Length);
        var ranked = NewLists<int[]>(lists + sides.Length, customers.Length);
        var items = split.TrainCounts.Columns;
        var shared = scorer.SameForEveryone is { } same ? SharedRanking.Order(same.AsSpan(0, items)) : null;
        if (shared is not null && derived.Count > 0)
        {
            throw new ArgumentException("a ranking that is the same for everyone is sorted once; nothing derives from its scores", nameof(derived));
        }

        Parallel.For(
            0,
            (customers.Length + Batch - 1) / Batch,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new RankingScratch(split, shared is null ? Batch * items : 0, k, derived.Count > 1 ? Batch * items : 0, sides.Length > 0 ? Batch * items : 0),
            (batch, _, scratch) =>
            {
                var first = batch * Batch;
                var batchCustomers = customers.AsSpan(first, Math.Min(Batch, customers.Length - first));
                var scores = scratch.Scores.AsSpan(0, shared is null ? batchCustomers.Length * items : 0);
                if (shared is null)
                {
                    scorer.ScoreMany(batchCustomers, scores);
                }

                Rank(split, scratch, shared, scores, first, batchCustomers.Length, results[0], ranked[0]);
                for (var list = 1; list < lists; list++)
                {
                    // Every derived list starts from the scorer's scores: the last works on them in place, the others on a copy.
                    var own = list == lists - 1 ? scores : scratch.Derived.AsSpan(0, scores.Length);
                    if (list < lists - 1)
                    {
                        scores.CopyTo(own);
                    }

                    var side = sideOf[list - 1] < 0 ? [] : scratch.Side.AsSpan(0, scores.Length);
                    derived[list - 1].Derive(batchCustomers, own, side);
                    Rank(split, scratch, null, own, first, batchCustomers.Length, results[list], ranked[list]);
                    if (!side.IsEmpty)
                    {
                        Rank(split, scratch, null, side, first, batchCustomers.Length, results[sideOf[list - 1]], ranked[sideOf[list - 1]]);
                    }
                }

                return scratch;
            },
            _ => { });
        return
        [
            Summarize(scorer.Name, k, results[0], ranked[0], split.KnownItemCount),
            .. derived.Select((one, index) => Summarize(one.Name, k, results[index + 1], ranked[index + 1], split.KnownItemCount)),
            .. sides.Select((side, index) => Summarize(side.SideName!, k, results[lists + index], ranked[lists + index], split.KnownItemCount)),
        ];
    }

    // Ranks the batch of customers from first on (their scores one row each, or the shared order) into results and lists.
    private static void Rank(EvaluationSplit split, RankingScratch scratch, int[]? shared, ReadOnlySpan<float> scores, int first, int count, RankingMetrics[] results, int[][] lists)
    {
        var items = split.TrainCounts.Columns;
        for (var index = first; index < first + count; index++)
        {
            var customer = split.TestCustomers[index];
            scratch.Exclude(customer, true);
            var found = shared is null
                ? TopK.Select(scores.Slice((index - first) * items, items), scratch.Best, scratch.Accept)
                : SharedRanking.Take(shared, scratch.Best, scratch.Accept);
            scratch.Exclude(customer, false);
            lists[index] = scratch.Best[..found];
            results[index] = RankingMetrics.Compute(lists[index], split.Relevant[index], scratch.Best.Length);
        }
    }

    private static T[][] NewLists<T>(int lists, int customers) => Enumerable.Range(0, lists).Select(_ => new T[customers]).ToArray();

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
