using System.Numerics.Tensors;
using CsCheck;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Tests.Recommendations.Ranking;

public sealed class UnitRangeTests
{
    private static readonly float[] Specials = [float.NaN, 0f, -0f, float.PositiveInfinity, float.NegativeInfinity, 1e-30f, -1e30f];

    [Fact]
    public void Of_AnyScores_SameRangeAsSeparateMinAndMax()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 100], Gen.Int[0, 3]).Sample(
            (seed, length, style) =>
            {
                var random = new Random(seed);
                var scores = Enumerable.Range(0, length).Select(_ => style > 0 && random.Next(20) == 0 ? Specials[random.Next(style == 1 ? 3 : Specials.Length)] : (float)(random.NextDouble() - 0.5)).ToArray();
                var expected = UnitRange.Between(TensorPrimitives.Min(scores), TensorPrimitives.Max(scores));

                var range = UnitRange.Of(scores);

                Assert.Equal(expected.Flat, range.Flat);
                Assert.Equal(BitConverter.SingleToInt32Bits(expected.Low), BitConverter.SingleToInt32Bits(range.Low));
                Assert.Equal(BitConverter.SingleToInt32Bits(expected.Inverse), BitConverter.SingleToInt32Bits(range.Inverse));
            },
            iter: 2000,
            threads: 1);
    }

    [Fact]
    public void Of_NegativeZeroAmongZeros_LowIsNegativeZero()
    {
        var scores = Enumerable.Repeat(0f, 19).Append(-0f).Append(1f).ToArray();

        Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(UnitRange.Of(scores).Low));
    }
}
