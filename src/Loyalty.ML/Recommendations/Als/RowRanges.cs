namespace Loyalty.ML.Recommendations.Als;

/// <summary>Work over a matrix's rows in ranges of consecutive rows, the ranges on every core.</summary>
internal static class RowRanges
{
    /// <summary>Calls <paramref name="range"/> with each range's first row and the row after its last, <paramref name="rowsPerRange"/> rows a range.</summary>
    public static void ForEach(int rows, int rowsPerRange, Action<int, int> range) =>
        Parallel.For(0, (rows + rowsPerRange - 1) / rowsPerRange, chunk => range(chunk * rowsPerRange, Math.Min(rows, (chunk + 1) * rowsPerRange)));
}
