using Loyalty.ML.Recommendations.Selection;

namespace Loyalty.ML.Recommendations.Tuning;

/// <summary>One setting of one candidate, scored on the choice split and compared with that candidate's current settings on the same customers.</summary>
/// <param name="Candidate">The candidate's name.</param>
/// <param name="Settings">Its settings tried, in words.</param>
/// <param name="Ndcg">NDCG@K on the choice split.</param>
/// <param name="VersusDefaults">Paired comparison with the candidate at its settings before the search (null for those settings themselves).</param>
/// <param name="Seconds">Fit and evaluation time.</param>
public sealed record TuningTrial(string Candidate, string Settings, double Ndcg, PairedComparison? VersusDefaults, double Seconds)
{
    /// <summary>Mean paired NDCG gain over the candidate's settings before the search (0 for those settings).</summary>
    public double GainOverDefaults => VersusDefaults?.Difference ?? 0;
}
