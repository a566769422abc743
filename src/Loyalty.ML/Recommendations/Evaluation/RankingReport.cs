namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>Averages of <see cref="RankingMetrics"/> over the test customers, plus catalog coverage.</summary>
public sealed record RankingReport(string Name, int K, double Ndcg, double Recall, double HitRate, double Map, double Coverage, int Customers)
{
    /// <summary>One console line: name, nDCG@K, recall, hit rate, MAP and coverage.</summary>
    public override string ToString() =>
        $"{Name,-12} ndcg@{K} {Ndcg:F4}  recall {Recall:F4}  hr {HitRate:F4}  map {Map:F4}  coverage {Coverage:F3}";
}
