using System.Text.Json.Nodes;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>Averages of <see cref="RankingMetrics"/> over the test customers, plus catalog coverage.</summary>
internal sealed record RankingReport(string Name, int K, double Ndcg, double Recall, double HitRate, double Map, double Coverage, int Customers)
{
    /// <summary>The metrics as <c>ndcg_at_10</c>, <c>recall_at_10</c>, … keys.</summary>
    public JsonObject ToJson() => new()
    {
        [$"ndcg_at_{K}"] = Math.Round(Ndcg, 5),
        [$"recall_at_{K}"] = Math.Round(Recall, 5),
        [$"hit_rate_at_{K}"] = Math.Round(HitRate, 5),
        [$"map_at_{K}"] = Math.Round(Map, 5),
        ["coverage"] = Math.Round(Coverage, 5),
        ["test_customers"] = Customers,
    };

    public override string ToString() =>
        $"{Name,-12} ndcg@{K} {Ndcg:F4}  recall {Recall:F4}  hr {HitRate:F4}  map {Map:F4}  coverage {Coverage:F3}";
}
