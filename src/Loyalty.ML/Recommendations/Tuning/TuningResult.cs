using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Tuning;

/// <summary>What a search found and kept.</summary>
/// <param name="Chosen">The settings kept: the best trial's when it beats the defaults beyond the spread, else the defaults.</param>
/// <param name="KeptBest">True when the best trial was kept.</param>
/// <param name="Defaults">The defaults' trial (gain 0).</param>
/// <param name="Trials">Every trial run, in the order run.</param>
/// <param name="WindowCustomers">Validation customers per window, newest first.</param>
/// <param name="Seconds">Wall-clock time of the search.</param>
/// <param name="StoppedByBudget">True when the budget ran out before every drawn trial ran.</param>
public sealed record TuningResult(AlsOptions Chosen, bool KeptBest, TuningTrial Defaults, IReadOnlyList<TuningTrial> Trials, IReadOnlyList<int> WindowCustomers, double Seconds, bool StoppedByBudget)
{
    /// <summary>The trial with the highest mean NDCG.</summary>
    public TuningTrial Best => Trials.Append(Defaults).OrderByDescending(trial => trial.Ndcg).First();
}
