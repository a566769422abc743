namespace Loyalty.ML.Churn.FirstPurchase;

/// <summary>
/// The model-level statistics the first-purchase features read, computed from the history up to one cutoff: at
/// training for each stacked cutoff, and frozen with the model for serving.
/// </summary>
/// <param name="Curve">Time to the second purchase day, pooled and by acquisition month.</param>
/// <param name="Baskets">Return rates of the items of first baskets.</param>
/// <param name="HorizonDays">The churn horizon the return chances look ahead.</param>
public sealed record FirstPurchaseStatistics(SecondPurchaseCurve Curve, FirstBasketReturnRates Baskets, int HorizonDays);
