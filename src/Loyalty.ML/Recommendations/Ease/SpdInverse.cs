namespace Loyalty.ML.Recommendations.Ease;

/// <summary>
/// In-place inverse of a symmetric positive definite float32 matrix by the blocked sweep operator (Goodnight 1979):
/// sweeping a block K of pivots replaces A_KK by −A_KK⁻¹, A_iK by A_iK·A_KK⁻¹ and every other A_ij by
/// A_ij − A_iK·A_KK⁻¹·A_Kj; after every block A holds −A⁻¹. The swept matrix stays symmetric, so only the lower
/// triangle is kept up to date (half the work of a full sweep) and mirrored at the end. Each block's update is a
/// rank-64 product done by register tiles (<see cref="SweepUpdate"/>): it runs at the machine's vector speed,
/// measured against the full sweep and MathNet.Numerics' managed Cholesky solve (README, "EASE size").
/// </summary>
public static class SpdInverse
{
    /// <summary>Pivots swept per block: every block costs about the same, n² · this many flops.</summary>
    public const int Block = SweepUpdate.Block;

    /// <summary>Inverts the <paramref name="n"/> × <paramref name="n"/> row-major <paramref name="matrix"/> in place on <paramref name="threads"/> threads; only its lower triangle is read.</summary>
    public static void Invert(float[] matrix, int n, int threads)
    {
        Sweep(matrix, n, threads, int.MaxValue);
        NegateIntoBothTriangles(matrix, n);
    }

    /// <summary>
    /// Sweeps only the first <paramref name="blocks"/> blocks of pivots (the matrix is then not inverted): a benchmark
    /// times a share of a large inverse, each block doing about the same work.
    /// </summary>
    public static void SweepBlocks(float[] matrix, int n, int threads, int blocks) => Sweep(matrix, n, threads, blocks);

    private static void Sweep(float[] matrix, int n, int threads, int blocks)
    {
        var update = new SweepUpdate(matrix, n);
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        for (var start = 0; start < n && start / Block < blocks; start += Block)
        {
            var size = Math.Min(Block, n - start);
            update.Gather(start, size);
            var inverse = PivotBlock.Invert(update.Panel, start, size);
            Parallel.For(0, (n + 255) / 256, options, chunk => update.Steer(inverse, chunk * 256, Math.Min(n, (chunk + 1) * 256)));
            update.Pack();
            var groups = update.RowGroups();
            Parallel.For(0, groups.Count, options, index => update.Apply(groups[index].Row, groups[index].Count));
            update.WriteBack(inverse);
        }
    }

    // The sweep leaves −A⁻¹ in the lower triangle.
    private static void NegateIntoBothTriangles(float[] matrix, int n)
    {
        const int Tile = 64;
        for (var rowStart = 0; rowStart < n; rowStart += Tile)
        {
            for (var columnStart = 0; columnStart <= rowStart; columnStart += Tile)
            {
                for (var row = rowStart; row < Math.Min(n, rowStart + Tile); row++)
                {
                    for (var column = columnStart; column < Math.Min(row + 1, columnStart + Tile); column++)
                    {
                        var value = -matrix[(row * n) + column];
                        matrix[(row * n) + column] = value;
                        matrix[(column * n) + row] = value;
                    }
                }
            }
        }
    }
}
