using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Figures;

/// <summary>Test customers with the same number of repeat purchase days before the cutoff: BG/NBD's expected purchase days in the holdout against the actual.</summary>
/// <param name="RepeatPurchases">Repeat purchase days before the cutoff (the last group holds this many or more).</param>
/// <param name="Customers">Test customers in the group.</param>
/// <param name="Predicted">Their mean expected purchase days in the H days after the cutoff.</param>
/// <param name="Actual">Their mean actual purchase days in those H days.</param>
public sealed record HoldoutPurchases(
    [property: JsonPropertyName("repeat_purchases")] int RepeatPurchases,
    [property: JsonPropertyName("customers")] int Customers,
    [property: JsonPropertyName("predicted")] double Predicted,
    [property: JsonPropertyName("actual")] double Actual);
