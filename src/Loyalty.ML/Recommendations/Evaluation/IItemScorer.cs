namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>A ranking method under evaluation: fills one score per item for a customer.</summary>
public interface IItemScorer
{
    string Name { get; }

    void Score(int customer, Span<float> scores);
}
