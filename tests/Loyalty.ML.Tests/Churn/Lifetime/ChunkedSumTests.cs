using System.Collections.Concurrent;
using Loyalty.ML.Churn.Lifetime;

namespace Loyalty.ML.Tests.Churn.Lifetime;

public sealed class ChunkedSumTests
{
    [Fact]
    public void Of_FewerRowsThanTheParallelThreshold_RunsEveryChunkOnTheCallingThreadInOrder()
    {
        var calls = new ConcurrentQueue<(int Thread, int First, int End)>();
        var rows = ChunkedSum.ParallelFromRows - 1;

        ChunkedSum.Of(rows, (first, end) =>
        {
            calls.Enqueue((Environment.CurrentManagedThreadId, first, end));
            return 0;
        });

        Assert.Equal(ChunkedSum.Chunks, calls.Count);
        Assert.All(calls, call => Assert.Equal(Environment.CurrentManagedThreadId, call.Thread));
        Assert.Equal(Enumerable.Range(0, ChunkedSum.Chunks).Select(chunk => (int)((long)rows * chunk / ChunkedSum.Chunks)), calls.Select(call => call.First));
        Assert.Equal(rows, calls.Last().End);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(ChunkedSum.ParallelFromRows - 1)]
    [InlineData(ChunkedSum.ParallelFromRows)]
    [InlineData(3 * ChunkedSum.ParallelFromRows + 7)]
    public void Of_EitherSideOfTheParallelThreshold_GivesTheChunkTotalsAddedInChunkOrderToTheBit(int rows)
    {
        var values = Enumerable.Range(0, rows).Select(row => Math.Sin(row) * Math.Exp(row % 37)).ToArray();
        double ChunkTotal(int first, int end)
        {
            var total = 0.0;
            for (var row = first; row < end; row++)
            {
                total += values[row];
            }

            return total;
        }

        var expected = 0.0;
        for (var chunk = 0; chunk < ChunkedSum.Chunks; chunk++)
        {
            expected += ChunkTotal((int)((long)rows * chunk / ChunkedSum.Chunks), (int)((long)rows * (chunk + 1) / ChunkedSum.Chunks));
        }

        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(ChunkedSum.Of(rows, ChunkTotal)));
    }
}
