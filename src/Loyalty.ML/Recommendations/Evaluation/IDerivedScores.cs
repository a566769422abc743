namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// A method whose scores are computed from another method's (the blend's from ALS's factor dots): evaluated beside
/// that method, from the same batch of scores, by <see cref="RankingEvaluator"/>.
/// </summary>
internal interface IDerivedScores
{
    /// <summary>Name in the evaluation report.</summary>
    string Name { get; }

    /// <summary>Turns the other method's scores of <paramref name="customers"/> (one row of items each) into this method's, in place.</summary>
    void Derive(ReadOnlySpan<int> customers, Span<float> scores);
}
