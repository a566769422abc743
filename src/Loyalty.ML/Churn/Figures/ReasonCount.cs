using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Figures;

/// <summary>A churn reason and how many scored customers were given it, their own numbers written as <c>N</c>.</summary>
/// <param name="Reason">The reason's sentence with the customer's numbers replaced by <c>N</c>.</param>
/// <param name="Customers">Customers given it.</param>
public sealed record ReasonCount(
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("customers")] int Customers);
