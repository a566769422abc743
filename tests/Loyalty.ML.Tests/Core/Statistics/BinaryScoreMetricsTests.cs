using Loyalty.ML.Core.Statistics;


namespace Loyalty.ML.Tests.Core.Statistics;

public sealed class BinaryScoreMetricsTests
{
    // Hand-worked example: scores 0.9 (+), 0.8 (−), 0.7 (+), 0.6 (+), 0.2 (−).
    private static readonly double[] Scores = [0.9, 0.8, 0.7, 0.6, 0.2];
    private static readonly bool[] Labels = [true, false, true, true, false];

    [Fact]
    public void Auc_HandWorkedExample_CountsOrderedPairs()
    {
        // Positive–negative pairs ranked right: (0.9 > 0.8, 0.2), (0.7 > 0.2), (0.6 > 0.2) = 4 of 6.
        Assert.Equal(4.0 / 6, BinaryScoreMetrics.Auc(Scores, Labels), 12);
    }

    [Fact]
    public void Auc_TiedScores_CountHalf()
    {
        Assert.Equal(0.5, BinaryScoreMetrics.Auc([0.5, 0.5], [true, false]), 12);
    }

    [Fact]
    public void Auc_OneClassOnly_IsNaN()
    {
        Assert.True(double.IsNaN(BinaryScoreMetrics.Auc([0.1, 0.2], [true, true])));
    }

    [Fact]
    public void PrAuc_HandWorkedExample_IsAveragePrecision()
    {
        // Precision at each positive: 1/1, 2/3, 3/4; averaged over 3 positives.
        Assert.Equal((1.0 + 2.0 / 3 + 3.0 / 4) / 3, BinaryScoreMetrics.PrAuc(Scores, Labels), 12);
    }

    [Fact]
    public void Brier_HandWorkedExample_IsMeanSquaredError()
    {
        var expected = (0.01 + 0.64 + 0.09 + 0.16 + 0.04) / 5;

        Assert.Equal(expected, BinaryScoreMetrics.Brier(Scores, Labels), 12);
    }

    [Fact]
    public void Lift_TopFortyPercent_IsTopRateOverOverallRate()
    {
        // Top 2 of 5: one positive (rate 0.5) against 3/5 overall.
        Assert.Equal(0.5 / 0.6, BinaryScoreMetrics.Lift(Scores, Labels, 0.4), 12);
    }

    [Fact]
    public void Lift_TiesAtTheEdge_CountProRata()
    {
        // Top 1 of 2 tied rows (one positive): half a positive in a slot of one, over an overall rate of 1/2.
        Assert.Equal(1.0, BinaryScoreMetrics.Lift([0.5, 0.5], [true, false], 0.5), 12);
    }

    [Fact]
    public void Calibration_TwoBins_GroupsByPredictedProbability()
    {
        var table = BinaryScoreMetrics.Calibration([0.1, 0.9, 0.2, 0.8], [false, true, true, true], bins: 2);

        Assert.Equal(2, table.Count);
        Assert.Equal(0.15, table[0].MeanPredicted, 12);
        Assert.Equal(0.5, table[0].ObservedRate, 12);
        Assert.Equal(0.85, table[1].MeanPredicted, 12);
        Assert.Equal(1.0, table[1].ObservedRate, 12);
    }
}
