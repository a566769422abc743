namespace Loyalty.ML.Churn.Features;

/// <summary>
/// One customer's history as the buy-till-you-die models see it: repeat purchases <see cref="Frequency"/>
/// (purchase days after the first), <see cref="Recency"/> (first to last purchase) and <see cref="Age"/>
/// (first purchase to the cutoff), times in days, and the mean value of the repeat purchases.
/// </summary>
public readonly record struct PurchaseSummary(double Frequency, double Recency, double Age, double MonetaryValue = 0);
