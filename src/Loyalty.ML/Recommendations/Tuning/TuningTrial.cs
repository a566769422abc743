using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Tuning;

/// <summary>One setting's validation NDCG: per window and their mean, with its paired gain over the defaults and that gain's spread.</summary>
/// <param name="Options">The ALS setting.</param>
/// <param name="WindowNdcg">NDCG@K per validation window, newest first.</param>
/// <param name="GainOverDefaults">Mean over the windows of (this − defaults).</param>
/// <param name="Spread">The larger of the windows' standard deviation of that gain and twice its paired standard error over the customers.</param>
/// <param name="Seconds">Fit and evaluation time over all windows.</param>
public sealed record TuningTrial(AlsOptions Options, IReadOnlyList<double> WindowNdcg, double GainOverDefaults, double Spread, double Seconds)
{
    /// <summary>Mean NDCG over the windows.</summary>
    public double Ndcg => WindowNdcg.Count == 0 ? 0 : WindowNdcg.Average();

    /// <summary>Per window, each validation customer's NDCG (kept for the defaults, to pair every trial with them).</summary>
    internal IReadOnlyList<IReadOnlyList<double>> CustomerNdcg { get; init; } = [];
}
