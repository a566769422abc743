namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>Averages of <see cref="RankingMetrics"/> over the test customers, plus catalog coverage.</summary>
internal sealed record RankingReport(string Name, int K, double Ndcg, double Recall, double HitRate, double Map, double Coverage, int Customers)
{
    /// <summary>Standard error of <see cref="Ndcg"/> over the customers: the spread a second sample of them would show.</summary>
    public double NdcgStdError { get; init; }

    /// <summary>Each test customer's NDCG, in the split's customer order (for paired comparisons of two methods).</summary>
    public IReadOnlyList<double> CustomerNdcg { get; init; } = [];

    /// <summary>One console line: name, nDCG@K, recall, hit rate, MAP and coverage.</summary>
    public override string ToString() =>
        $"{Name,-12} ndcg@{K} {Ndcg:F4}  recall {Recall:F4}  hr {HitRate:F4}  map {Map:F4}  coverage {Coverage:F3}";
}
