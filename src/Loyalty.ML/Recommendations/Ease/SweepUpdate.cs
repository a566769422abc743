using System.Numerics;
using System.Runtime.CompilerServices;

namespace Loyalty.ML.Recommendations.Ease;

/// <summary>
/// One block's update of the symmetric sweep, lower triangle only: with P = A[·, K] (the panel) and U = P·A_KK⁻¹,
/// A_ij −= U_i · P_j for the rows and columns outside the block, by tiles of 4 rows × 4 vectors held in registers
/// over the block's 64 pivots; then the block's row and column take their swept values. Rows are independent, so
/// row groups run in parallel; a tile may write past the diagonal or into the block's columns, which are either
/// never read (the upper triangle) or overwritten by <see cref="WriteBack"/>.
/// </summary>
internal sealed class SweepUpdate
{
    public const int Block = 64;

    /// <summary>Rows a parallel range of the per-block passes takes: a whole number of tiles at every vector width (tiles are at most 64 columns).</summary>
    public const int Chunk = 256;
    private const int Rows = 4;
    private static readonly int Width = 4 * Vector<float>.Count;

    private readonly float[] _matrix;
    private readonly int _n;
    private readonly float[] _packed;
    private readonly float[] _steered;
    private int _start;
    private int _size;

    public SweepUpdate(float[] matrix, int n)
    {
        _matrix = matrix;
        _n = n;
        Panel = new float[n * Math.Min(Block, n)];
        _steered = new float[Panel.Length];
        _packed = new float[Block * ((n + Width - 1) / Width) * Width];
    }

    /// <summary>Row j holds A[j, K] of the current block (read from the lower triangle).</summary>
    public float[] Panel { get; }

    /// <summary>Starts the block of <paramref name="size"/> pivots from <paramref name="start"/>.</summary>
    public void Begin(int start, int size) => (_start, _size) = (start, size);

    /// <summary>Fills the panel's rows from <paramref name="from"/> to <paramref name="to"/> (rows are independent, so ranges may run in parallel).</summary>
    public void Gather(int from, int to)
    {
        var (start, size) = (_start, _size);
        for (var j = from; j < to; j++)
        {
            var target = Panel.AsSpan(j * size, size);
            if (j >= start + size)
            {
                _matrix.AsSpan((j * _n) + start, size).CopyTo(target);
                continue;
            }

            for (var k = 0; k < size; k++)
            {
                target[k] = j >= start + k ? _matrix[(j * _n) + start + k] : _matrix[((start + k) * _n) + j];
            }
        }
    }

    /// <summary>U_j = P_j · A_KK⁻¹ for the rows from <paramref name="from"/> to <paramref name="to"/> outside the block.</summary>
    public void Steer(double[] inverse, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (j < _start || j >= _start + _size)
            {
                PivotBlock.Multiply(Panel.AsSpan(j * _size, _size), inverse, _steered.AsSpan(j * _size, _size));
            }
        }
    }

    /// <summary>
    /// Lays the panel's rows from <paramref name="from"/> to <paramref name="to"/> out by tiles of <see cref="Width"/>
    /// columns, each pivot's values contiguous, so a tile streams in order; ranges that start at multiples of
    /// <see cref="Chunk"/> (a whole number of tiles) fill disjoint tiles, so they may run in parallel.
    /// </summary>
    public void Pack(int from, int to)
    {
        var tiles = _packed.AsSpan((from / Width) * Block * Width, (((to - 1) / Width) - (from / Width) + 1) * Block * Width);
        tiles.Clear();
        for (var j = from; j < to; j++)
        {
            var tile = j / Width;
            var offset = (tile * Block * Width) + j - (tile * Width);
            for (var k = 0; k < _size; k++)
            {
                _packed[offset + (k * Width)] = Panel[(j * _size) + k];
            }
        }
    }

    /// <summary>Groups of up to 4 rows outside the block, the longest rows first so the parallel loop ends evenly.</summary>
    public List<(int Row, int Count)> RowGroups()
    {
        var groups = new List<(int Row, int Count)>();
        foreach (var (low, high) in new[] { (_start + _size, _n), (0, _start) })
        {
            for (var row = high; row > low;)
            {
                var count = Math.Min(Rows, row - low);
                row -= count;
                groups.Add((row, count));
            }
        }

        return groups;
    }

    /// <summary>Updates rows <paramref name="row"/> to <paramref name="row"/> + <paramref name="count"/> − 1 left of their diagonal.</summary>
    public void Apply(int row, int count)
    {
        var end = row + count;
        Columns(row, count, 0, Math.Min(_start, end));
        if (end > _start + _size)
        {
            Columns(row, count, _start + _size, end);
        }
    }

    /// <summary>
    /// The block's swept values in the rows from <paramref name="from"/> to <paramref name="to"/>: A_iK = U_i below
    /// it, A_Kj = U_j left of it, A_KK = −A_KK⁻¹ (each row written by its own range, so ranges may run in parallel).
    /// </summary>
    public void WriteBack(double[] inverse, int from, int to)
    {
        var (n, start, size) = (_n, _start, _size);
        for (var row = Math.Max(from, start + size); row < to; row++)
        {
            _steered.AsSpan(row * size, size).CopyTo(_matrix.AsSpan((row * n) + start, size));
        }

        for (var k = Math.Max(from, start) - start; k < Math.Min(to, start + size) - start; k++)
        {
            var pivotRow = _matrix.AsSpan((start + k) * n, n);
            for (var column = 0; column < start; column++)
            {
                pivotRow[column] = _steered[(column * size) + k];
            }

            for (var m = 0; m <= k; m++)
            {
                pivotRow[start + m] = (float)-inverse[(k * size) + m];
            }
        }
    }

    private void Columns(int row, int count, int from, int to)
    {
        var width = Width;
        for (var column = from - (from % width); column < to; column += width)
        {
            ref var tile = ref _packed[column / width * Block * width];
            if (count == Rows && column + width <= _n)
            {
                Tile(ref _matrix[(row * _n) + column], _n, ref _steered[row * _size], _size, ref tile);
                continue;
            }

            for (var r = 0; r < count; r++)
            {
                Narrow(_matrix.AsSpan(((row + r) * _n) + column, Math.Min(width, _n - column)), _steered.AsSpan((row + r) * _size, _size), ref tile);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile(ref float target, int n, ref float steered, int size, ref float tile)
    {
        var w = Vector<float>.Count;
        var width = 4 * w;
        Vector<float> c00 = default, c01 = default, c02 = default, c03 = default;
        Vector<float> c10 = default, c11 = default, c12 = default, c13 = default;
        Vector<float> c20 = default, c21 = default, c22 = default, c23 = default;
        Vector<float> c30 = default, c31 = default, c32 = default, c33 = default;
        for (var k = 0; k < size; k++)
        {
            ref var p = ref Unsafe.Add(ref tile, k * width);
            var p0 = Vector.LoadUnsafe(ref p);
            var p1 = Vector.LoadUnsafe(ref p, (nuint)w);
            var p2 = Vector.LoadUnsafe(ref p, (nuint)(2 * w));
            var p3 = Vector.LoadUnsafe(ref p, (nuint)(3 * w));
            var u0 = new Vector<float>(Unsafe.Add(ref steered, k));
            c00 = Vector.FusedMultiplyAdd(u0, p0, c00);
            c01 = Vector.FusedMultiplyAdd(u0, p1, c01);
            c02 = Vector.FusedMultiplyAdd(u0, p2, c02);
            c03 = Vector.FusedMultiplyAdd(u0, p3, c03);
            var u1 = new Vector<float>(Unsafe.Add(ref steered, size + k));
            c10 = Vector.FusedMultiplyAdd(u1, p0, c10);
            c11 = Vector.FusedMultiplyAdd(u1, p1, c11);
            c12 = Vector.FusedMultiplyAdd(u1, p2, c12);
            c13 = Vector.FusedMultiplyAdd(u1, p3, c13);
            var u2 = new Vector<float>(Unsafe.Add(ref steered, (2 * size) + k));
            c20 = Vector.FusedMultiplyAdd(u2, p0, c20);
            c21 = Vector.FusedMultiplyAdd(u2, p1, c21);
            c22 = Vector.FusedMultiplyAdd(u2, p2, c22);
            c23 = Vector.FusedMultiplyAdd(u2, p3, c23);
            var u3 = new Vector<float>(Unsafe.Add(ref steered, (3 * size) + k));
            c30 = Vector.FusedMultiplyAdd(u3, p0, c30);
            c31 = Vector.FusedMultiplyAdd(u3, p1, c31);
            c32 = Vector.FusedMultiplyAdd(u3, p2, c32);
            c33 = Vector.FusedMultiplyAdd(u3, p3, c33);
        }

        Subtract(ref target, w, c00, c01, c02, c03);
        Subtract(ref Unsafe.Add(ref target, n), w, c10, c11, c12, c13);
        Subtract(ref Unsafe.Add(ref target, 2 * n), w, c20, c21, c22, c23);
        Subtract(ref Unsafe.Add(ref target, 3 * n), w, c30, c31, c32, c33);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Subtract(ref float target, int w, Vector<float> a0, Vector<float> a1, Vector<float> a2, Vector<float> a3)
    {
        (Vector.LoadUnsafe(ref target) - a0).StoreUnsafe(ref target);
        (Vector.LoadUnsafe(ref target, (nuint)w) - a1).StoreUnsafe(ref target, (nuint)w);
        (Vector.LoadUnsafe(ref target, (nuint)(2 * w)) - a2).StoreUnsafe(ref target, (nuint)(2 * w));
        (Vector.LoadUnsafe(ref target, (nuint)(3 * w)) - a3).StoreUnsafe(ref target, (nuint)(3 * w));
    }

    // One row of a tile the 4-row kernel cannot take: the last rows of the matrix, or the matrix's last columns.
    private static void Narrow(Span<float> target, ReadOnlySpan<float> steered, ref float tile)
    {
        for (var column = 0; column < target.Length; column++)
        {
            var sum = 0f;
            for (var k = 0; k < steered.Length; k++)
            {
                sum = MathF.FusedMultiplyAdd(steered[k], Unsafe.Add(ref tile, (k * Width) + column), sum);
            }

            target[column] -= sum;
        }
    }
}
