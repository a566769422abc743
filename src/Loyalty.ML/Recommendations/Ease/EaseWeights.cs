using System.Buffers;
using System.Numerics.Tensors;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations.Ease;

/// <summary>
/// EASE's item × item weights (Steck 2019, "Embarrassingly Shallow Autoencoders"): with X the customer × item
/// matrix (1 where bought) over the modelled items, P = (XᵀX + λI)⁻¹ and B = I − P·diag(1/diag(P)), so
/// B[i,j] = −P[i,j] / P[j,j] off the diagonal and 0 on it. A customer's scores are their bought-vector times B: a
/// vector-matrix product, so purchases reported after training count at once without refitting. float32, dense,
/// inverted in place (<see cref="SpdInverse"/>): memory is one item × item matrix while fitting and after.
/// </summary>
internal sealed class EaseWeights
{
    private EaseWeights(int[] items, int[] column, float[] weights)
    {
        Items = items;
        Column = column;
        Weights = weights;
    }

    /// <summary>Item index of each modelled column.</summary>
    public int[] Items { get; }

    /// <summary>Column of each item index, or -1 when the item is not modelled.</summary>
    public int[] Column { get; }

    /// <summary>B, row-major: row i holds what buying modelled item i adds to every modelled item's score.</summary>
    public float[] Weights { get; }

    /// <summary>Number of modelled items.</summary>
    public int Size => Items.Length;

    /// <summary>Fits B on <paramref name="bought"/> (customer × item; any stored entry counts as bought) over its at most <paramref name="maxItems"/> most bought items.</summary>
    public static EaseWeights Fit(CsrMatrix bought, float lambda, int maxItems, int threads)
    {
        var items = MostBought(bought, maxItems);
        var column = new int[bought.Columns];
        Array.Fill(column, -1);
        for (var index = 0; index < items.Length; index++)
        {
            column[items[index]] = index;
        }

        var size = items.Length;
        var matrix = Gram(bought, column, size, lambda, threads);
        SpdInverse.Invert(matrix, size, threads);
        return new EaseWeights(items, column, ToWeights(matrix, size));
    }

    /// <summary>Wraps weights read from a model file.</summary>
    public static EaseWeights From(int[] items, int itemCount, float[] weights)
    {
        var column = new int[itemCount];
        Array.Fill(column, -1);
        for (var index = 0; index < items.Length; index++)
        {
            column[items[index]] = index;
        }

        return new EaseWeights(items, column, weights);
    }

    /// <summary>Adds each bought item's row of B to <paramref name="scores"/> (indexed by item); unmodelled items add nothing.</summary>
    public void AddScores(ReadOnlySpan<int> bought, Span<float> scores, Span<float> scratch)
    {
        var size = Size;
        var sum = scratch[..size];
        sum.Clear();
        var rows = ArrayPool<int>.Shared.Rent(bought.Length);
        var count = 0;
        foreach (var item in bought)
        {
            if (item < Column.Length && Column[item] is var row and >= 0)
            {
                rows[count++] = row;
            }
        }

        Ranking.RowSums.Add(Weights, rows.AsSpan(0, count), sum);
        ArrayPool<int>.Shared.Return(rows);

        for (var index = 0; index < size; index++)
        {
            scores[Items[index]] += sum[index];
        }
    }

    /// <summary>
    /// Per item, its <paramref name="count"/> highest positive weights (best first): the also-bought lists B gives;
    /// only for the <paramref name="asked"/> items when given. Items are independent, so they are listed on
    /// <paramref name="threads"/> threads with the same lists as on one.
    /// </summary>
    public ItemNeighbors Neighbors(int count, bool[]? asked = null, int threads = 1)
    {
        var size = Size;
        var lists = new (int[] Neighbors, float[] Scores)[Column.Length];
        Parallel.For(
            0,
            Column.Length,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => (Best: new int[Math.Min(count, size)], Row: new float[size]),
            (item, _, scratch) =>
            {
                lists[item] = ([], []);
                if (Column[item] is var index and >= 0 && (asked is null || asked[item]))
                {
                    lists[item] = Strongest(index, scratch.Best, scratch.Row);
                }

                return scratch;
            },
            _ => { });
        return ItemNeighbors.Pack(lists);
    }

    // Modelled item index's highest positive weights, best first.
    private (int[] Neighbors, float[] Scores) Strongest(int index, int[] best, float[] row)
    {
        var size = Size;
        Weights.AsSpan(index * size, size).CopyTo(row);
        for (var other = 0; other < size; other++)
        {
            row[other] = other != index && row[other] > 0 ? row[other] : float.NegativeInfinity;
        }

        var found = Ranking.TopK.Select(row, best);
        return ([.. best[..found].Select(other => Items[other])], [.. best[..found].Select(other => row[other])]);
    }

    private static int[] MostBought(CsrMatrix bought, int maxItems)
    {
        var customers = new int[bought.Columns];
        foreach (var item in bought.Indices.AsSpan(0, bought.NonZeros))
        {
            customers[item]++;
        }

        return [.. Enumerable.Range(0, bought.Columns).Where(item => customers[item] > 0).OrderByDescending(item => customers[item]).ThenBy(item => item).Take(maxItems).Order()];
    }

    // Bands of rows of equal triangle area, a few per thread so a band of popular items does not hold one core alone.
    private static float[] Gram(CsrMatrix bought, int[] column, int size, float lambda, int threads)
    {
        var gram = new float[checked(size * size)];
        var bands = Math.Min(size, threads * 4);
        Parallel.For(0, bands, new ParallelOptions { MaxDegreeOfParallelism = threads }, band => CountPairs(bought, column, gram, size, Boundary(band, bands, size), Boundary(band + 1, bands, size)));
        for (var index = 0; index < size; index++)
        {
            gram[(index * size) + index] += lambda;
        }

        return gram;
    }

    private static int Boundary(int band, int bands, int size) => band == bands ? size : (int)(size * Math.Sqrt((double)band / bands));

    // Every customer's pairs of bought items whose row (the larger column; the inverse reads the lower triangle only)
    // lies in [low, high). A band writes only its rows, and the counts are whole numbers, so bands may run in
    // parallel and the bits do not depend on the order.
    private static void CountPairs(CsrMatrix bought, int[] column, float[] gram, int size, int low, int high)
    {
        var columns = new List<int>();
        for (var customer = 0; customer < bought.Rows; customer++)
        {
            columns.Clear();
            foreach (var item in bought.RowIndices(customer))
            {
                if (column[item] >= 0)
                {
                    columns.Add(column[item]);
                }
            }

            for (var a = 0; a < columns.Count; a++)
            {
                var row = columns[a];
                if (row < low || row >= high)
                {
                    continue;
                }

                var offset = row * size;
                for (var b = 0; b < columns.Count; b++)
                {
                    // A column bought twice pairs with itself as a sorted list's pairs (b ≤ a) would.
                    if (columns[b] < row || (columns[b] == row && b <= a))
                    {
                        gram[offset + columns[b]]++;
                    }
                }
            }
        }
    }

    // B[i,j] = −P[i,j] / P[j,j], 0 on the diagonal.
    private static float[] ToWeights(float[] inverse, int size)
    {
        var diagonal = new float[size];
        for (var index = 0; index < size; index++)
        {
            diagonal[index] = inverse[(index * size) + index];
        }

        for (var row = 0; row < size; row++)
        {
            var values = inverse.AsSpan(row * size, size);
            TensorPrimitives.Divide(values, diagonal, values);
            TensorPrimitives.Negate(values, values);
            values[row] = 0f;
        }

        return inverse;
    }
}
