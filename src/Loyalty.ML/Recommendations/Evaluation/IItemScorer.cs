namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>A ranking method under evaluation: fills one score per item for a customer.</summary>
public interface IItemScorer
{
    /// <summary>Name of the method in the evaluation report.</summary>
    string Name { get; }

    /// <summary>Writes the score of every item for <paramref name="customer"/> into <paramref name="scores"/> (one per item, higher is better).</summary>
    void Score(int customer, Span<float> scores);
}
