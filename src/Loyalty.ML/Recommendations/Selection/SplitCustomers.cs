namespace Loyalty.ML.Recommendations.Selection;

/// <summary>
/// The customers of each split (0 when a split has too few to be evaluated), whether or not it was fitted, and the
/// share of held-out purchases that repeat an earlier one (the time split's test, else the last basket's) and the
/// time split's split time (null when neither of its windows has customers).
/// </summary>
internal sealed record SplitCustomers(int TimeValidation, int TimeTest, int BasketValidation, int BasketTest, double? RepeatShare, DateTime? TimeSplitTime);
