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
        NegateIntoBothTriangles(matrix, n, threads);
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
        var chunks = (n + SweepUpdate.Chunk - 1) / SweepUpdate.Chunk;
        void ByChunks(Action<int, int> pass) =>
            Parallel.For(0, chunks, options, chunk => pass(chunk * SweepUpdate.Chunk, Math.Min(n, (chunk + 1) * SweepUpdate.Chunk)));

        // Every pass but the pivot block's own inverse runs on all threads: the copies around the update would
        // otherwise hold one core for a tenth of the inverse's time. Each range writes its own rows, so the bits do not depend on the threads.
        for (var start = 0; start < n && start / Block < blocks; start += Block)
        {
            var size = Math.Min(Block, n - start);
            update.Begin(start, size);
            ByChunks(update.Gather);
            var inverse = PivotBlock.Invert(update.Panel, start, size);
            ByChunks((from, to) =>
            {
                update.Steer(inverse, from, to);
                update.Pack(from, to);
            });
            var groups = update.RowGroups();
            Parallel.For(0, groups.Count, options, index => update.Apply(groups[index].Row, groups[index].Count));
            ByChunks((from, to) => update.WriteBack(inverse, from, to));
        }
    }

    // The sweep leaves −A⁻¹ in the lower triangle. A band of rows reads only its own part of the lower triangle and
    // writes it and its mirror, which no other band reads or writes, so bands run in parallel.
    private static void NegateIntoBothTriangles(float[] matrix, int n, int threads)
    {
        const int Tile = 64;
        Parallel.For(0, (n + Tile - 1) / Tile, new ParallelOptions { MaxDegreeOfParallelism = threads }, band =>
        {
            var rowStart = band * Tile;
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
        });
    }
}
