using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Figures;

/// <summary>
/// What the report draws of the customers' lifetime value: how CLV is spread, and the customers at risk weighted by
/// it (revenue at stake = churn probability × CLV), by band and the largest stakes.
/// </summary>
/// <param name="Clv">CLV in bins, geometric from the 1st percentile of positive CLV to the largest (a first bin of zero CLV when there are any).</param>
/// <param name="Bands">Customers, CLV and revenue at stake per risk band.</param>
/// <param name="TopAtRisk">The at-risk customers (medium and high band) with the largest revenue at stake, largest first.</param>
public sealed record ValueFigures(
    [property: JsonPropertyName("clv")] IReadOnlyList<ClvBin> Clv,
    [property: JsonPropertyName("bands")] IReadOnlyList<BandValue> Bands,
    [property: JsonPropertyName("top_at_risk")] IReadOnlyList<AtRiskCustomer> TopAtRisk);
