using System.Numerics.Tensors;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class ShortVectorsTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(48)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(128)]
    [InlineData(144)]
    public void Dot_AnyLength_SameBitsAsTensorPrimitives(int length)
    {
        var random = new Random(length);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var (x, y) = (Draw(random, length, trial), Draw(random, length, trial + 1));

            Assert.Equal(Bits(TensorPrimitives.Dot(x, y)), Bits(ShortVectors.Dot(x, y)));
        }
    }

    [Fact]
    public void Dot_NegativeZeroProducts_SameSignedZeroAsTensorPrimitives()
    {
        var x = Enumerable.Repeat(-0f, 64).ToArray();
        var y = Enumerable.Repeat(1f, 64).ToArray();

        Assert.Equal(Bits(TensorPrimitives.Dot(x, y)), Bits(ShortVectors.Dot(x, y)));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(128)]
    public void MultiplyAdd_InPlaceOnTheAddend_SameBitsAsTensorPrimitives(int length)
    {
        var random = new Random(length);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var x = Draw(random, length, trial);
            var factor = (float)(random.NextDouble() - 0.5) * 10f;
            var expected = Draw(random, length, trial + 2);
            var actual = expected.ToArray();

            TensorPrimitives.MultiplyAdd(x, factor, expected, expected);
            ShortVectors.MultiplyAdd(x, factor, actual, actual);

            Assert.Equal(expected.Select(Bits), actual.Select(Bits));
        }
    }

    // Magnitudes spread over several powers of two, so a different summation order or a fused multiply-add shows in the last bits.
    private static float[] Draw(Random random, int length, int trial) =>
        Enumerable.Range(0, length).Select(_ => (float)((random.NextDouble() - 0.5) * Math.Pow(2, trial % 9))).ToArray();

    private static int Bits(float value) => BitConverter.SingleToInt32Bits(value);
}
