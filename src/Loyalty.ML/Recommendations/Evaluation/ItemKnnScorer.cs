using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// Baseline: SAR-style item-kNN. Item similarity is the Jaccard index of the sets of customers who bought the
/// items before the split; a customer's score for j is Σ over their items i of sim(i, j). Each item keeps its best
/// neighbours, as many as <see cref="MaxEntries"/> allow over the catalog and never fewer than the item-kNN
/// candidate keeps: every neighbour on catalogs up to about 4,000 items, memory bounded on larger ones, where the
/// co-occurring pairs grow with the square of the items (26 million at 50,000 items).
/// </summary>
internal sealed class ItemKnnScorer(CsrMatrix history, INeighborLists similarity) : IItemScorer
{
    /// <summary>Most neighbour entries kept over the catalog: 16 million, 128 MB.</summary>
    public const int MaxEntries = 16_000_000;

    /// <summary>Name in the evaluation report: <c>item_knn</c>.</summary>
    public string Name => "item_knn";

    /// <summary>Neighbours each of <paramref name="items"/> items keeps: as many as <see cref="MaxEntries"/> allow, at least <paramref name="atLeast"/>.</summary>
    internal static int NeighborsPerItem(int items, int atLeast) => Math.Max(atLeast, MaxEntries / Math.Max(1, items));

    /// <summary>The scorer of <paramref name="split"/>'s training counts, similarities computed on <paramref name="threads"/> threads.</summary>
    public static ItemKnnScorer FromSplit(EvaluationSplit split, int threads) =>
        new(split.TrainCounts, Neighbors(split, 1, threads));

    /// <summary>
    /// The baseline's neighbour lists on <paramref name="split"/>, at least <paramref name="atLeast"/> per item: the
    /// lists of items keeping every neighbour are left unsorted (the scores sum them; <see cref="CoOccurrence.Best"/>
    /// orders them for the candidate), the others are best first and give the candidate's as their first entries.
    /// Only the items some test customer bought before the split have lists (<see cref="Scored"/>): a test customer's
    /// scores read no other, and on a large catalog many items are bought by no test customer. Packed a chunk of items
    /// at a time (<see cref="CoOccurrence.BuildBlocks"/>): all of them are the recommender stage's largest lists.
    /// </summary>
    internal static NeighborBlocks Neighbors(EvaluationSplit split, int atLeast, int threads) =>
        CoOccurrence.BuildBlocks(split.TrainCounts, CoOccurrenceMeasure.Jaccard, NeighborsPerItem(split.TrainCounts.Columns, atLeast), threads, sorted: false, asked: Scored(split));

    /// <summary>
    /// The item-kNN candidate's lists on <paramref name="split"/>, <paramref name="keep"/> per item, for the items
    /// <see cref="Neighbors"/> lists: the same lists <see cref="CoOccurrence.Best"/> takes from those.
    /// </summary>
    internal static ItemNeighbors CandidateNeighbors(EvaluationSplit split, int keep, int threads) =>
        CoOccurrence.Build(split.TrainCounts, CoOccurrenceMeasure.Jaccard, keep, threads, asked: Scored(split));

    /// <summary>The items in some test customer's training row: the only lists a test customer's item-kNN scores sum.</summary>
    internal static bool[] Scored(EvaluationSplit split)
    {
        var scored = new bool[split.TrainCounts.Columns];
        foreach (var customer in split.TestCustomers)
        {
            foreach (var item in split.TrainCounts.RowIndices(customer))
            {
                scored[item] = true;
            }
        }

        return scored;
    }

    /// <summary>Sums into <paramref name="scores"/> the similarities of every neighbour of each item in the customer's history row (Σ over their items i of sim(i, j)).</summary>
    public void Score(int customer, Span<float> scores)
    {
        scores.Clear();
        foreach (var item in history.RowIndices(customer))
        {
            var neighbors = similarity.Of(item);
            var weights = similarity.ScoresOf(item);
            for (var index = 0; index < neighbors.Length; index++)
            {
                scores[neighbors[index]] += weights[index];
            }
        }
    }
}
