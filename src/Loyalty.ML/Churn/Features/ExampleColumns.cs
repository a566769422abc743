using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Runtime;

namespace Loyalty.ML.Churn.Features;

/// <summary>
/// The churn features of row-major examples read one feature (column) at a time, each column as FastTree's in-memory
/// conversion would have stored it: dense or sparse by the same running share of non-zeros, and empty when no split could
/// leave <c>minimumPerLeaf</c> examples on each side (the conversion drops such a feature; the column-wise conversion
/// would keep it, and so draw other features). So a fit that reads these columns grows the same trees, bit for bit.
/// </summary>
internal sealed class ExampleColumns
{
    // FastTree's in-memory lists turn sparse when the share of non-zeros, past 10 rows, falls below a quarter.
    private const double SparseShare = 0.25;
    private const int DenseRows = 10;

    private float[] _features;
    private readonly int _rows;
    private readonly int _minimumPerLeaf;
    private readonly Lazy<Form[]> _forms;

    public ExampleColumns(IChannelProvider provider, float[] features, int rows, int minimumPerLeaf)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(features.Length, rows * ChurnSnapshot.FeatureCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumPerLeaf, 1);
        Provider = provider;
        _features = features;
        _rows = rows;
        _minimumPerLeaf = minimumPerLeaf;
        SlotType = new VectorDataViewType(NumberDataViewType.Single, rows);
        _forms = new Lazy<Form[]>(Analyse);
    }

    /// <summary>Where the column cursors start their channels.</summary>
    public IChannelProvider Provider { get; }

    /// <summary>A column of the features: one value per row.</summary>
    public VectorDataViewType SlotType { get; }

    /// <summary>The slot type of the view's column <paramref name="column"/>: only the features (column 0) are read by column.</summary>
    public VectorDataViewType? SlotTypeOf(int column) => column == 0 ? SlotType : null;

    /// <summary>Drops the hold on the features: no column can be read after.</summary>
    public void LetGoOfFeatures() => _features = [];

    /// <summary>A cursor over the features, one column per move.</summary>
    public Cursor OpenCursor(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(column, 0);
        return new Cursor(this);
    }

    /// <summary>Moves over the features; its getter reads the current one's column.</summary>
    internal sealed class Cursor(ExampleColumns columns)
    {
        private int _feature = -1;

        public VectorDataViewType SlotType => columns.SlotType;

        public bool MoveNext() => ++_feature < ChurnSnapshot.FeatureCount;

        public Delegate Getter() => (ValueGetter<VBuffer<float>>)Read;

        private void Read(ref VBuffer<float> value) => columns.Read(_feature, ref value);
    }

    private void Read(int feature, ref VBuffer<float> value)
    {
        var form = _forms.Value[feature];
        if (form.Trivial)
        {
            value = VBufferEditor.Create(ref value, _rows, 0).Commit();
            return;
        }

        if (form.Sparse)
        {
            var editor = VBufferEditor.Create(ref value, _rows, form.NonZeros);
            var next = 0;
            for (var row = 0; row < _rows; row++)
            {
                var x = At(row, feature);
                if (x != 0)
                {
                    editor.Indices[next] = row;
                    editor.Values[next++] = x;
                }
            }

            value = editor.Commit();
            return;
        }

        var dense = VBufferEditor.Create(ref value, _rows);
        for (var row = 0; row < _rows; row++)
        {
            dense.Values[row] = At(row, feature);
        }

        value = dense.Commit();
    }

    private float At(int row, int feature) => _features[(row * ChurnSnapshot.FeatureCount) + feature];

    /// <summary>How FastTree's in-memory conversion would hold one feature.</summary>
    private readonly record struct Form(bool Trivial, bool Sparse, int NonZeros);

    // Every feature's form, from passes over the rows in their order (the columns are strided in the row-major examples).
    private Form[] Analyse()
    {
        var count = ChurnSnapshot.FeatureCount;
        var nonZeros = new int[count];
        var sparse = new bool[count];
        var candidates = new float[count];
        var votes = new int[count];
        for (var row = 0; row < _rows; row++)
        {
            var at = row * count;
            for (var feature = 0; feature < count; feature++)
            {
                var x = _features[at + feature];
                if (float.IsNaN(x))
                {
                    // The in-memory conversion skips such examples; a column cannot.
                    throw new InvalidOperationException($"Churn feature {feature} of example {row} is not a number.");
                }

                // The in-memory list's rule (ML.NET's DataConverter.ValuesList): each value is added as it comes, and
                // before each one the list turns sparse for good if that value, taken as non-zero, would leave the
                // share under a quarter; once every row is in, the same test on the final share.
                sparse[feature] |= Sparse(nonZeros[feature] + 1, row + 1);
                nonZeros[feature] += x != 0 ? 1 : 0;

                if (votes[feature] == 0)
                {
                    candidates[feature] = x;
                    votes[feature] = 1;
                }
                else
                {
                    votes[feature] += x == candidates[feature] ? 1 : -1;
                }
            }
        }

        var trivial = Trivial(candidates);
        return [.. Enumerable.Range(0, count).Select(feature =>
            new Form(trivial[feature], sparse[feature] || Sparse(nonZeros[feature], _rows), nonZeros[feature]))];
    }

    private static bool Sparse(int nonZeros, int rows) => (double)nonZeros / rows < SparseShare && rows > DenseRows;

    // ML.NET's BinFinder.IsTrivial: no threshold leaves minimumPerLeaf examples on each side, that is, some value has fewer
    // than that many examples below it and fewer above it. Such a value holds more than rows - 2 × minimumPerLeaf
    // examples, so when that is over half of them it is each feature's majority candidate.
    private bool[] Trivial(float[] candidates)
    {
        var count = ChurnSnapshot.FeatureCount;
        var least = _minimumPerLeaf;
        if (4L * least >= _rows)
        {
            return [.. Enumerable.Range(0, count).Select(TrivialBySorting)];
        }

        var below = new int[count];
        var above = new int[count];
        for (var row = 0; row < _rows; row++)
        {
            var at = row * count;
            for (var feature = 0; feature < count; feature++)
            {
                var x = _features[at + feature];
                below[feature] += x < candidates[feature] ? 1 : 0;
                above[feature] += x > candidates[feature] ? 1 : 0;
            }
        }

        return [.. Enumerable.Range(0, count).Select(feature => below[feature] < least && above[feature] < least)];
    }

    private bool TrivialBySorting(int feature)
    {
        if (_minimumPerLeaf > _rows)
        {
            return true;
        }

        var values = new float[_rows];
        for (var row = 0; row < _rows; row++)
        {
            values[row] = At(row, feature);
        }

        Array.Sort(values);
        var threshold = values[_minimumPerLeaf - 1];
        return values.Count(x => x > threshold) < _minimumPerLeaf;
    }
}
