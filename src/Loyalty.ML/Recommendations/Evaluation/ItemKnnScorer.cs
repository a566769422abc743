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
internal sealed class ItemKnnScorer(CsrMatrix history, ItemKnnLists similarity) : IItemScorer
{
    /// <summary>The scorer of <paramref name="history"/> over <paramref name="similarity"/>'s lists, copied into <see cref="ItemKnnLists"/>.</summary>
    public ItemKnnScorer(CsrMatrix history, ItemNeighbors similarity)
        : this(history, ItemKnnLists.From(similarity))
    {
    }

    /// <summary>Most neighbour entries kept over the catalog: 16 million: at most 96 MB on a catalog of up to 65,536 items (<see cref="ItemKnnLists"/>), 128 MB on a larger one.</summary>
    public const int MaxEntries = 16_000_000;

    /// <summary>Name in the evaluation report: <c>item_knn</c>.</summary>
    public string Name => "item_knn";

    /// <summary>Neighbours each of <paramref name="items"/> items keeps: as many as <see cref="MaxEntries"/> allow, at least <paramref name="atLeast"/>.</summary>
    internal static int NeighborsPerItem(int items, int atLeast) => Math.Max(atLeast, MaxEntries / Math.Max(1, items));

    /// <summary>The scorer of <paramref name="split"/>'s training counts, similarities computed on <paramref name="threads"/> threads.</summary>
    public static ItemKnnScorer FromSplit(EvaluationSplit split, int threads) =>
        new(split.TrainCounts, Neighbors(split, 1, threads).Lists);

    /// <summary>
    /// The baseline's neighbour lists on <paramref name="split"/>, at least <paramref name="atLeast"/> per item, and the
    /// item-kNN candidate's, <paramref name="atLeast"/> per item: the lists <see cref="CoOccurrence.BestOfEach"/> takes from the
    /// baseline's. The lists of items keeping every neighbour are left unsorted (the scores sum them). Only the items
    /// some test customer bought before the split have lists (<see cref="Scored"/>): a test customer's scores read no
    /// other, and on a large catalog many items are bought by no test customer. Each chunk of items is packed, and its
    /// candidate lists taken, as soon as its lists are found (<see cref="CoOccurrence.BuildChunks"/>): all of them are
    /// the recommender stage's largest lists.
    /// </summary>
    internal static (ItemKnnLists Lists, ItemNeighbors Candidate) Neighbors(EvaluationSplit split, int atLeast, int threads)
    {
        var items = split.TrainCounts.Columns;
        var chunks = CoOccurrence.BuildChunks(
            split.TrainCounts,
            CoOccurrenceMeasure.Jaccard,
            NeighborsPerItem(items, atLeast),
            threads,
            sorted: false,
            asked: Scored(split),
            lists => (Block: ItemKnnLists.Block.Pack(lists, items), Best: CoOccurrence.BestOfEach(lists, atLeast)));
        return (new ItemKnnLists([.. chunks.Select(chunk => chunk.Block)], CoOccurrence.ItemsPerChunk, items), ItemNeighbors.Pack([.. chunks.SelectMany(chunk => chunk.Best)]));
    }

    /// <summary>
    /// The item-kNN candidate's lists on <paramref name="split"/>, <paramref name="keep"/> per item, for the items
    /// <see cref="Neighbors"/> lists: the same lists as its candidate's, built alone.
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
            similarity.AddTo(item, scores);
        }
    }
}
