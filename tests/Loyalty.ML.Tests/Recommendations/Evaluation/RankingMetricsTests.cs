using Loyalty.ML.Recommendations.Evaluation;


namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class RankingMetricsTests
{
    [Fact]
    public void Compute_HitsAtRanksOneAndThree_MatchesHandComputedValues()
    {
        // Relevant {10, 30, 50}; hits at ranks 1 and 3.
        // DCG = 1/log2(2) + 1/log2(4) = 1.5; IDCG = 1 + 1/log2(3) + 1/log2(4) = 2.1309298
        // AP = (1/1 + 2/3) / min(3, K) = 0.5555556; recall = 2/3.
        var metrics = RankingMetrics.Compute([10, 20, 30, 40], [10, 30, 50], k: 10);

        Assert.Equal(1.5 / (1 + (1 / Math.Log2(3)) + 0.5), metrics.Ndcg, 9);
        Assert.Equal(2.0 / 3, metrics.Recall, 9);
        Assert.Equal(1, metrics.Hit);
        Assert.Equal((1 + (2.0 / 3)) / 3, metrics.AveragePrecision, 9);
    }

    [Fact]
    public void Compute_MoreRelevantThanK_IdealDcgUsesOnlyKPositions()
    {
        var metrics = RankingMetrics.Compute([1, 2], [1, 2, 3, 4, 5], k: 2);

        Assert.Equal(1, metrics.Ndcg, 9);
        Assert.Equal(0.4, metrics.Recall, 9);
        Assert.Equal(1, metrics.AveragePrecision, 9);
    }

    [Fact]
    public void Compute_NoHit_IsZero()
    {
        var metrics = RankingMetrics.Compute([7, 8], [1], k: 10);

        Assert.Equal(default, metrics);
    }
}
