namespace Loyalty.ML.Recommendations.Als;

/// <summary>Sparse matrix in compressed sparse row form: row r holds columns <c>Indices[Offsets[r]..Offsets[r+1]]</c>, sorted.</summary>
public sealed class CsrMatrix
{
    public CsrMatrix(int rows, int columns, int[] offsets, int[] indices, float[] values)
    {
        Rows = rows;
        Columns = columns;
        Offsets = offsets;
        Indices = indices;
        Values = values;
    }

    public int Rows { get; }

    public int Columns { get; }

    public int[] Offsets { get; }

    public int[] Indices { get; }

    public float[] Values { get; }

    public int NonZeros => Offsets[Rows];

    public int RowLength(int row) => Offsets[row + 1] - Offsets[row];

    public ReadOnlySpan<int> RowIndices(int row) => Indices.AsSpan(Offsets[row], Offsets[row + 1] - Offsets[row]);

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
