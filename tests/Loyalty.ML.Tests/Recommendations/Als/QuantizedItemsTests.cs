using CsCheck;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class QuantizedItemsTests
{
    [Fact]
    public void Bound_RandomFactors_HoldsTheFloat32ScoreOfEveryItem()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 70], Gen.Int[1, 24]).Sample(
            (seed, items, groups) =>
            {
                var random = new Random(seed);
                var k = 4 * groups;
                var scale = (float)Math.Pow(10, random.Next(-4, 5));
                var factors = new AlsFactors(1, items, k, Values(random, k, scale), Values(random, items * k, 1 / scale));
                var (lower, upper, exact) = (new float[items], new float[items], new float[items]);
                RowDots.Compute(factors.Items, k, factors.Customer(0), exact);

                var extremes = QuantizedItems.Build(factors)!.Bound(factors.Customer(0), lower, upper);

                Assert.NotNull(extremes);
                for (var item = 0; item < items; item++)
                {
                    Assert.InRange(exact[item], lower[item], upper[item]);
                }

                Assert.Equal(lower.Max(), extremes.Value.HighestLower);
                Assert.Equal(upper.Min(), extremes.Value.LowestUpper);
            },
            iter: 300,
            threads: 1);
    }

    [Fact]
    public void Bound_WideAndNarrowKernels_SameBits()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 70], Gen.Int[1, 24]).Sample(
            (seed, items, groups) =>
            {
                var random = new Random(seed);
                var k = 4 * groups;
                var factors = new AlsFactors(1, items, k, Values(random, k, 1), Values(random, items * k, 1));
                var quantized = QuantizedItems.Build(factors)!;
                var (wideLower, wideUpper, narrowLower, narrowUpper) = (new float[items], new float[items], new float[items], new float[items]);

                var wide = quantized.Bound(factors.Customer(0), wideLower, wideUpper, wide: true);
                var narrow = quantized.Bound(factors.Customer(0), narrowLower, narrowUpper, wide: false);

                Assert.Equal(narrow, wide);
                Assert.Equal(narrowLower.Select(BitConverter.SingleToInt32Bits), wideLower.Select(BitConverter.SingleToInt32Bits));
                Assert.Equal(narrowUpper.Select(BitConverter.SingleToInt32Bits), wideUpper.Select(BitConverter.SingleToInt32Bits));
            },
            iter: 100,
            threads: 1);
    }

    [Fact]
    public void Build_FactorNotFinite_NoCopy()
    {
        var items = Enumerable.Repeat(0.5f, 64).ToArray();
        items[7] = float.NaN;

        Assert.Null(QuantizedItems.Build(new AlsFactors(1, 1, 64, new float[64], items)));
    }

    [Fact]
    public void Build_FactorsNotAMultipleOf4_NoCopy() =>
        Assert.Null(QuantizedItems.Build(new AlsFactors(1, 2, 18, new float[18], new float[36])));

    [Fact]
    public void Bound_QueryNotFinite_Null()
    {
        var factors = new AlsFactors(1, 1, 32, Enumerable.Repeat(float.PositiveInfinity, 32).ToArray(), Enumerable.Repeat(1f, 32).ToArray());

        Assert.Null(QuantizedItems.Build(factors)!.Bound(factors.Customer(0), new float[1], new float[1]));
    }

    private static float[] Values(Random random, int count, float scale) =>
        Enumerable.Range(0, count).Select(_ => random.Next(8) == 0 ? 0f : (float)((random.NextDouble() - 0.5) * scale * Math.Pow(2, random.Next(-6, 3)))).ToArray();
}
