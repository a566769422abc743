using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Figures;

/// <summary>One risk band's customers, their summed CLV and their revenue at stake (Σ churn probability × CLV).</summary>
/// <param name="Band"><c>low</c>, <c>medium</c> or <c>high</c>.</param>
/// <param name="Customers">Customers in the band.</param>
/// <param name="Clv">Their CLV, summed.</param>
/// <param name="RevenueAtStake">Σ probability × CLV over them.</param>
public sealed record BandValue(
    [property: JsonPropertyName("band")] string Band,
    [property: JsonPropertyName("customers")] int Customers,
    [property: JsonPropertyName("clv")] double Clv,
    [property: JsonPropertyName("revenue_at_stake")] double RevenueAtStake);
