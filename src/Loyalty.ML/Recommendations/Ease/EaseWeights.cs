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
        var matrix = Gram(bought, column, size, lambda);
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

    /// <summary>Per item, its <paramref name="count"/> highest positive weights (best first): the also-bought lists B gives; only for the <paramref name="asked"/> items when given.</summary>
    public ItemNeighbors Neighbors(int count, bool[]? asked = null)
    {
        var size = Size;
        var lists = new (int[] Neighbors, float[] Scores)[Column.Length];
        var best = new int[Math.Min(count, size)];
        var row = new float[size];
        for (var item = 0; item < Column.Length; item++)
        {
            lists[item] = ([], []);
            if (Column[item] is not (var index and >= 0) || (asked is not null && !asked[item]))
            {
                continue;
            }

            Weights.AsSpan(index * size, size).CopyTo(row);
            for (var other = 0; other < size; other++)
            {
                row[other] = other != index && row[other] > 0 ? row[other] : float.NegativeInfinity;
            }

            var found = Ranking.TopK.Select(row, best);
            lists[item] = ([.. best[..found].Select(other => Items[other])], [.. best[..found].Select(other => row[other])]);
        }

        return ItemNeighbors.Pack(lists);
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

    private static float[] Gram(CsrMatrix bought, int[] column, int size, float lambda)
    {
        var gram = new float[checked(size * size)];
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

            // The inverse reads the lower triangle only.
            columns.Sort();
            for (var a = 0; a < columns.Count; a++)
            {
                var offset = columns[a] * size;
                for (var b = 0; b <= a; b++)
                {
                    gram[offset + columns[b]]++;
                }
            }
        }

        for (var index = 0; index < size; index++)
        {
            gram[(index * size) + index] += lambda;
        }

        return gram;
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
