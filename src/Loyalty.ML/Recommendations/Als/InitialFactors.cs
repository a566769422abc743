using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// The factors ALS starts from. A row's values are drawn from a generator seeded by its business id, so the same
/// customer or item starts alike whatever its index; a row with no entries starts (and stays) at zero, so customers
/// and items outside a fit's window do not weigh on the others' first solve.
/// </summary>
internal static class InitialFactors
{
    private const float Scale = 0.01f;
    private const float UnitPerStep = 1f / (1 << 24);
    private const int RowsPerRange = 1_024;

    public static float[] Draw(CsrMatrix matrix, IReadOnlyList<string> ids, int seed, int factors)
    {
        // Rows are drawn apart (each from its own id), so ranges of them run on every core: a fit waits for them.
        var values = new float[matrix.Rows * factors];
        RowRanges.ForEach(matrix.Rows, RowsPerRange, (from, to) =>
        {
            for (var row = from; row < to; row++)
            {
                if (matrix.RowLength(row) == 0)
                {
                    continue;
                }

                var state = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(ids[row].AsSpan()), seed);
                foreach (ref var value in values.AsSpan(row * factors, factors))
                {
                    value = (NextBits(ref state) >> 40) * UnitPerStep * Scale;
                }
            }
        });

        return values;
    }

    // SplitMix64 (Steele, Lea & Flood 2014): one multiply-xorshift step per value from a 64-bit state.
    private static ulong NextBits(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
