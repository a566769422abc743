using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class SixteenDotsTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(128)]
    public void Compute_ScatteredRows_EachLaneSameBitsAsTensorPrimitivesDot(int k)
    {
        Assert.True(SixteenDots.Applies(k) || !Vector512.IsHardwareAccelerated);
        if (!SixteenDots.Applies(k))
        {
            return;
        }

        var random = new Random(k);
        const int RowCount = 50;
        for (var trial = 0; trial < 500; trial++)
        {
            var rows = Enumerable.Range(0, RowCount * k).Select(_ => (float)((random.NextDouble() - 0.5) * Math.Pow(2, random.Next(10)))).ToArray();
            var x = Enumerable.Range(0, k).Select(_ => (float)((random.NextDouble() - 0.5) * Math.Pow(2, random.Next(10)))).ToArray();
            var picked = Enumerable.Range(0, SixteenDots.Rows).Select(_ => random.Next(RowCount)).ToArray();
            var offsets = picked.Select(row => (nuint)(row * k)).ToArray();

            var dots = SixteenDots.Compute(ref rows[0], offsets, ref x[0], (nuint)k);

            for (var lane = 0; lane < SixteenDots.Rows; lane++)
            {
                var expected = TensorPrimitives.Dot(rows.AsSpan(picked[lane] * k, k), x);
                Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(dots[lane]));
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(144)]
    public void Applies_NotAFactorRowOfSixteens_IsFalse(int k) => Assert.False(SixteenDots.Applies(k));
}
