namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>A ranking method under evaluation: fills one score per item for a customer.</summary>
internal interface IItemScorer
{
    /// <summary>Name of the method in the evaluation report.</summary>
    string Name { get; }

    /// <summary>
    /// The scores every customer gets when they do not depend on the customer (a popularity ranking), so the ranking
    /// is sorted once instead of once per customer; null for a personal method.
    /// </summary>
    float[]? SameForEveryone => null;

    /// <summary>Writes the score of every item for <paramref name="customer"/> into <paramref name="scores"/> (one per item, higher is better).</summary>
    void Score(int customer, Span<float> scores);

    /// <summary>
    /// Writes the scores of several customers, one row of <c>scores.Length / customers.Length</c> items each, in
    /// order: the same scores as <see cref="Score"/> gives each, which a method may compute together (one pass over
    /// the item factors for the batch).
    /// </summary>
    void ScoreMany(ReadOnlySpan<int> customers, Span<float> scores)
    {
        var items = customers.IsEmpty ? 0 : scores.Length / customers.Length;
        for (var index = 0; index < customers.Length; index++)
        {
            Score(customers[index], scores.Slice(index * items, items));
        }
    }
}
