namespace Loyalty.ML.Recommendations.Tuning;

/// <summary>What a search over every candidate's settings found and kept.</summary>
/// <param name="Chosen">The settings kept: per candidate, its best trial's when that beats its settings before the search beyond the noise.</param>
/// <param name="Protocol">The protocol whose choice split the trials were scored on (<c>time_split</c> or <c>last_basket</c>).</param>
/// <param name="Customers">Customers of that split.</param>
/// <param name="Trials">Every trial run, the settings before the search first per candidate.</param>
/// <param name="Kept">Per candidate whose settings changed, its trial kept.</param>
/// <param name="Seconds">Wall-clock time of the search.</param>
/// <param name="StoppedByBudget">True when the budget ran out before every trial ran.</param>
public sealed record TuningResult(RecommenderOptions Chosen, string Protocol, int Customers, IReadOnlyList<TuningTrial> Trials, IReadOnlyList<TuningTrial> Kept, double Seconds, bool StoppedByBudget);
