namespace Loyalty.ML.Recommendations.Als;

/// <summary>Sparse matrix in compressed sparse row form: row r holds columns <c>Indices[Offsets[r]..Offsets[r+1]]</c>, sorted.</summary>
internal sealed class CsrMatrix
{
    /// <summary>Wraps the arrays as they are (not copied); <paramref name="offsets"/> has <paramref name="rows"/> + 1 entries.</summary>
    public CsrMatrix(int rows, int columns, int[] offsets, int[] indices, float[] values)
    {
        Rows = rows;
        Columns = columns;
        Offsets = offsets;
        Indices = indices;
        Values = values;
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns (exclusive bound of <see cref="Indices"/>).</summary>
    public int Columns { get; }

    /// <summary>Start of each row in <see cref="Indices"/> and <see cref="Values"/>; <see cref="Rows"/> + 1 entries, the last being <see cref="NonZeros"/>.</summary>
    public int[] Offsets { get; }

    /// <summary>Column of each stored entry, ascending within a row.</summary>
    public int[] Indices { get; }

    /// <summary>Value of each stored entry.</summary>
    public float[] Values { get; }

    /// <summary>Number of stored entries.</summary>
    public int NonZeros => Offsets[Rows];

    /// <summary>Number of stored entries in <paramref name="row"/>.</summary>
    public int RowLength(int row) => Offsets[row + 1] - Offsets[row];

    /// <summary>Columns stored in <paramref name="row"/>, ascending.</summary>
    public ReadOnlySpan<int> RowIndices(int row) => Indices.AsSpan(Offsets[row], Offsets[row + 1] - Offsets[row]);

    /// <summary>Values of <paramref name="row"/>, aligned with <see cref="RowIndices"/>.</summary>
    public ReadOnlySpan<float> RowValues(int row) => Values.AsSpan(Offsets[row], Offsets[row + 1] - Offsets[row]);

    /// <summary>Same entries, with new values (for example confidences from counts).</summary>
    public CsrMatrix WithValues(float[] values) => new(Rows, Columns, Offsets, Indices, values);

    /// <summary>The transposed matrix; columns stay sorted because rows are visited in order.</summary>
    public CsrMatrix Transpose()
    {
        var offsets = new int[Columns + 1];
        foreach (var column in Indices.AsSpan(0, NonZeros))
        {
            offsets[column + 1]++;
        }

        for (var column = 0; column < Columns; column++)
        {
            offsets[column + 1] += offsets[column];
        }

        var next = offsets[..^1];
        var indices = new int[NonZeros];
        var values = new float[NonZeros];
        for (var row = 0; row < Rows; row++)
        {
            for (var entry = Offsets[row]; entry < Offsets[row + 1]; entry++)
            {
                var slot = next[Indices[entry]]++;
                indices[slot] = row;
                values[slot] = Values[entry];
            }
        }

        return new CsrMatrix(Columns, Rows, offsets, indices, values);
    }

    /// <summary>True when <paramref name="column"/> is stored in <paramref name="row"/>.</summary>
    public bool Contains(int row, int column) => RowIndices(row).BinarySearch(column) >= 0;
}
