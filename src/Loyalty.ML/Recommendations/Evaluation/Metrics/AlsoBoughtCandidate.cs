namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>One also-bought candidate's hit rates (<c>also_bought.candidates.NAME</c>).</summary>
/// <param name="Name">The method's name (<see cref="MethodNames"/>).</param>
/// <param name="HitRate">Hit rate on the test orders.</param>
/// <param name="ValidationHitRate">Hit rate on the validation orders, when the choice was made there.</param>
/// <param name="Eligible">False when a guard ruled it out (collapsed factors).</param>
public sealed record AlsoBoughtCandidate(string Name, double HitRate, double? ValidationHitRate, bool Eligible);
