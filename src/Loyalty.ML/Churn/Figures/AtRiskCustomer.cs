using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Figures;

/// <summary>A customer at risk, weighted by value: score, CLV, revenue at stake and the first reason.</summary>
/// <param name="CustomerId">The customer's business id.</param>
/// <param name="Probability">The churn score.</param>
/// <param name="Band">Its band.</param>
/// <param name="Clv">The customer's CLV.</param>
/// <param name="RevenueAtStake">Probability × CLV.</param>
/// <param name="Reasons">The score's reasons.</param>
public sealed record AtRiskCustomer(
    [property: JsonPropertyName("customer_id")] string CustomerId,
    [property: JsonPropertyName("probability")] double Probability,
    [property: JsonPropertyName("band")] string Band,
    [property: JsonPropertyName("clv")] double Clv,
    [property: JsonPropertyName("revenue_at_stake")] double RevenueAtStake,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons)
{
    /// <summary>The customer of <paramref name="score"/>.</summary>
    public static AtRiskCustomer Of(ChurnScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new(score.CustomerId, score.Probability, score.Band.ToString().ToLowerInvariant(), score.Clv, score.Probability * score.Clv, score.Reasons);
    }

    /// <summary>True for the customers the at-risk lists hold: the medium and high bands.</summary>
    public static bool IsAtRisk(ChurnScore score) => score?.Band is RiskBand.Medium or RiskBand.High;
}
