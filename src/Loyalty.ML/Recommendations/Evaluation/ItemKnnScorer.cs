using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// Baseline: SAR-style item-kNN. Item similarity is the Jaccard index of the sets of customers who bought the
/// items before the split (all neighbours kept); a customer's score for j is Σ over their items i of sim(i, j).
/// </summary>
public sealed class ItemKnnScorer(CsrMatrix history, ItemNeighbors similarity) : IItemScorer
{
    /// <summary>Name in the evaluation report: <c>item_knn</c>.</summary>
    public string Name => "item_knn";

    /// <summary>The scorer of <paramref name="split"/>'s training counts, similarities computed on <paramref name="threads"/> threads.</summary>
    public static ItemKnnScorer FromSplit(EvaluationSplit split, int threads) =>
        new(split.TrainCounts, CoOccurrence.Build(split.TrainCounts, CoOccurrenceMeasure.Jaccard, int.MaxValue, threads));

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
