namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// An ALS fit started from another fit's factors rather than from <see cref="InitialFactors"/>, for fewer iterations:
/// a fit on a window that holds the earlier fit's window needs only to move from where that one ended. The earlier
/// fit's arrays are taken over (it must not be used after), so the start costs no memory.
/// </summary>
/// <param name="From">The earlier fit's factors, on the same customer and item indices.</param>
/// <param name="Iterations">Iterations of the warm-started fit.</param>
/// <param name="Described">What the start was, for metrics.json.</param>
internal sealed record WarmStart(AlsFactors From, int Iterations, string Described)
{
    /// <summary>Share of a cold fit's iterations a warm-started one runs: a third, at least one.</summary>
    public static int IterationsFor(int coldIterations) => Math.Max(1, (coldIterations + 2) / 3);

    /// <summary>
    /// <paramref name="drawn"/>'s cold start with each row the earlier fit has taken from it: a row with entries in
    /// <paramref name="matrix"/> keeps its earlier factors when it had any (else its drawn ones); a row without stays zero.
    /// </summary>
    public static float[] Rows(float[] earlier, float[] drawn, CsrMatrix matrix, int factors)
    {
        for (var row = 0; row < matrix.Rows; row++)
        {
            var target = earlier.AsSpan(row * factors, factors);
            if (matrix.RowLength(row) == 0)
            {
                target.Clear();
            }
            else if (!target.ContainsAnyExcept(0f))
            {
                drawn.AsSpan(row * factors, factors).CopyTo(target);
            }
        }

        return earlier;
    }
}
