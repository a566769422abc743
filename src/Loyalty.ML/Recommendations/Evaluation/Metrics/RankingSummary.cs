using System.Text.Json.Serialization;

namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>
/// One method's personal top-K figures as metrics.json holds them: rounded to five decimals, written as
/// <c>ndcg_at_{K}</c>, <c>recall_at_{K}</c>, <c>hit_rate_at_{K}</c>, <c>map_at_{K}</c>, <c>coverage</c>, <c>test_customers</c>.
/// </summary>
/// <param name="K">List length the figures are at.</param>
/// <param name="Ndcg">NDCG@K.</param>
/// <param name="Recall">Recall@K.</param>
/// <param name="HitRate">Hit rate@K.</param>
/// <param name="Map">MAP@K.</param>
/// <param name="Coverage">Share of the catalog recommended to someone.</param>
/// <param name="TestCustomers">Test customers the figures average over.</param>
[JsonConverter(typeof(RankingSummaryConverter))]
public sealed record RankingSummary(int K, double Ndcg, double Recall, double HitRate, double Map, double Coverage, int TestCustomers)
{
    internal static RankingSummary From(RankingReport report) => new(
        report.K, Math.Round(report.Ndcg, 5), Math.Round(report.Recall, 5), Math.Round(report.HitRate, 5), Math.Round(report.Map, 5), Math.Round(report.Coverage, 5), report.Customers);
}
