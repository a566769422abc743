namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// A method whose scores are computed from another method's (the blend's from ALS's factor dots): evaluated beside
/// that method, from the same batch of scores, by <see cref="RankingEvaluator"/>.
/// </summary>
internal interface IDerivedScores
{
    /// <summary>Name in the evaluation report.</summary>
    string Name { get; }

    /// <summary>Name of a second method whose scores this one computes on the way (the blend's item-kNN scores), ranked beside it; null when none.</summary>
    string? SideName { get; }

    /// <summary>
    /// Turns the other method's scores of <paramref name="customers"/> (one row of items each) into this method's, in
    /// place, and writes <see cref="SideName"/>'s scores to <paramref name="side"/> (empty when there is none).
    /// </summary>
    void Derive(ReadOnlySpan<int> customers, Span<float> scores, Span<float> side);
}
