namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>One personal candidate's figures (<c>recommendations.candidates.NAME</c>).</summary>
/// <param name="Name">The method's name (<see cref="MethodNames"/>).</param>
/// <param name="Test">Its figures on the test split.</param>
/// <param name="NdcgStdError">Standard error of its test NDCG over the customers.</param>
/// <param name="ValidationNdcg">Its NDCG on the validation window, when the choice was made there.</param>
/// <param name="Eligible">False when a guard ruled it out (collapsed factors).</param>
public sealed record CandidateFigures(string Name, RankingSummary Test, double NdcgStdError, double? ValidationNdcg, bool Eligible);
