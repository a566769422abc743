using System.Numerics.Tensors;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Tests.Recommendations.Ranking;

public sealed class RowSumsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Add_RowsOfMixedMagnitudes_GivesTheBitsOfOnePassPerRowInTheOrderGiven(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var (size, rowCount) = (random.Next(1, 70), random.Next(1, 12));
            var matrix = Enumerable.Range(0, size * rowCount).Select(_ => (float)((random.NextDouble() - 0.4) * Math.Pow(10, random.Next(-6, 7)))).ToArray();
            var rows = Enumerable.Range(0, random.Next(0, 11)).Select(_ => random.Next(rowCount)).ToArray();
            var start = Enumerable.Range(0, size).Select(_ => (float)random.NextDouble()).ToArray();
            var expected = start.ToArray();
            foreach (var row in rows)
            {
                TensorPrimitives.Add(expected, matrix.AsSpan(row * size, size), expected);
            }

            var sum = start.ToArray();
            RowSums.Add(matrix, rows, sum);

            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), sum.Select(BitConverter.SingleToInt32Bits));
        }
    }
}
