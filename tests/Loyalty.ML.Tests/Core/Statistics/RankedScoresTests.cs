using CsCheck;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Tests.Core.Statistics;

/// <summary>
/// A resample's AUC and lift from the scores ranked once against the same metrics on the resampled arrays, to the bit,
/// over random scores full of ties (few distinct values), one-class resamples and lift edges inside a tie group.
/// </summary>
public sealed class RankedScoresTests
{
    [Fact]
    public void AucAndLift_RandomResamplesWithTies_SameBitsAsTheResampledArrays()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 300], Gen.Int[1, 12], Gen.Double[0.0, 1.0]).Sample(
            (seed, rows, distinct, positiveRate) =>
            {
                var random = new Random(seed);
                var scores = Enumerable.Range(0, rows).Select(_ => (double)random.Next(distinct) / distinct).ToArray();
                var labels = Enumerable.Range(0, rows).Select(_ => random.NextDouble() < positiveRate).ToArray();
                var ranked = new RankedScores(scores);
                var resample = Enumerable.Range(0, rows).Select(_ => random.Next(rows)).ToArray();
                var counts = Counts(resample, rows);
                var (pickedScores, pickedLabels) = (BootstrapInterval.Pick(scores, resample), BootstrapInterval.Pick(labels, resample));

                Assert.Equal(BitConverter.DoubleToInt64Bits(BinaryScoreMetrics.Auc(pickedScores, pickedLabels)), BitConverter.DoubleToInt64Bits(ranked.Auc(counts, labels)));
                Assert.Equal(BitConverter.DoubleToInt64Bits(BinaryScoreMetrics.Lift(pickedScores, pickedLabels, 0.10)), BitConverter.DoubleToInt64Bits(ranked.Lift(counts, labels, 0.10)));
            },
            iter: 500,
            threads: 1);
    }

    [Fact]
    public void Auc_RowsDrawnTwice_CountTwice()
    {
        // Scores 0.9 (+), 0.5 (−), 0.1 (+): with the top positive drawn twice and the bottom one not at all, both drawn
        // positives outrank the negative.
        var ranked = new RankedScores([0.9, 0.5, 0.1]);

        Assert.Equal(1.0, ranked.Auc([2, 1, 0], [true, false, true]));
        Assert.Equal(0.5, ranked.Auc([1, 1, 1], [true, false, true]));
    }

    // How often each of rows rows appears in a resample's indices: what BootstrapInterval.OfCounts hands its metrics.
    private static int[] Counts(int[] indices, int rows)
    {
        var counts = new int[rows];
        foreach (var index in indices)
        {
            counts[index]++;
        }

        return counts;
    }
}
