using System.Runtime.Intrinsics;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class FourByFourDotsTests
{
    [Theory]
    [InlineData(16, 4)]
    [InlineData(32, 9)]
    [InlineData(64, 515)]
    [InlineData(128, 7)]
    public void Compute_FourVectors_EachScoreSameBitsAsRowDotsOnePassPerVector(int k, int rows)
    {
        Assert.True(FourByFourDots.Applies(k) || !Vector512.IsHardwareAccelerated);
        if (!FourByFourDots.Applies(k))
        {
            return;
        }

        var random = new Random(k + rows);
        float Next() => (float)((random.NextDouble() - 0.5) * Math.Pow(2, random.Next(-12, 12)));
        var matrix = Enumerable.Range(0, k * rows).Select(_ => Next()).ToArray();
        var four = Enumerable.Range(0, FourByFourDots.Queries * k).Select(_ => Next()).ToArray();
        var stride = rows + 3;
        var scores = Enumerable.Repeat(float.NaN, ((FourByFourDots.Queries - 1) * stride) + rows).ToArray();

        var done = FourByFourDots.Compute(matrix, k, four, scores, stride);

        Assert.Equal(rows - (rows % 4), done);
        for (var vector = 0; vector < FourByFourDots.Queries; vector++)
        {
            var expected = new float[rows];
            RowDots.Compute(matrix, k, four.AsSpan(vector * k, k), expected);
            var bits = scores.AsSpan(vector * stride, done).ToArray().Select(BitConverter.SingleToInt32Bits);
            Assert.Equal(expected[..done].Select(BitConverter.SingleToInt32Bits), bits);
            Assert.All(scores.AsSpan((vector * stride) + done, Math.Min(stride, scores.Length - (vector * stride)) - done).ToArray(), score => Assert.True(float.IsNaN(score)));
        }
    }

    [Fact]
    public void Applies_FactorsNotAMultipleOfSixteen_False()
    {
        Assert.False(FourByFourDots.Applies(24));
        Assert.False(FourByFourDots.Applies(0));
    }
}
