using Microsoft.ML;
using Microsoft.ML.Data;

namespace Loyalty.ML.Churn.Features;

/// <summary>
/// Row-major churn features and their labels as an ML.NET <see cref="IDataView"/>, read in place: a cursor copies
/// one row into the learner's buffer as it moves, so no object per example is made (the columns are those of
/// <see cref="ChurnExample"/>, which the saved model's input schema names).
/// </summary>
internal class ExampleRowsView : IDataView
{
    private float[]? _features;
    private readonly bool[] _labels;

    public ExampleRowsView(float[] features, bool[] labels)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(features.Length, labels.Length * ChurnSnapshot.FeatureCount);
        _features = features;
        _labels = labels;
        var builder = new DataViewSchema.Builder();
        builder.AddColumn(nameof(ChurnExample.Features), new VectorDataViewType(NumberDataViewType.Single, ChurnSnapshot.FeatureCount));
        builder.AddColumn(nameof(ChurnExample.Label), BooleanDataViewType.Instance);
        Schema = builder.ToSchema();
    }

    /// <summary>Drops the view's hold on the features: no row's features can be read after.</summary>
    internal void LetGoOfFeatures() => _features = null;

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _labels.Length;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new Cursor(this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [new Cursor(this)];

    private sealed class Cursor(ExampleRowsView view) : DataViewRowCursor
    {
        private long _position = -1;

        public override DataViewSchema Schema => view.Schema;

        public override long Position => _position;

        public override long Batch => 0;

        public override bool IsColumnActive(DataViewSchema.Column column) => true;

        public override bool MoveNext() => ++_position < view._labels.Length;

        public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId id) => id = new DataViewRowId((ulong)_position, 0);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            Delegate getter = column.Index switch
            {
                0 => (ValueGetter<VBuffer<float>>)FeaturesOf,
                1 => (ValueGetter<bool>)LabelOf,
                _ => throw new ArgumentOutOfRangeException(nameof(column), $"No column {column.Index} in the churn examples."),
            };
            return getter as ValueGetter<TValue>
                ?? throw new InvalidOperationException($"Column {column.Name} is not of type {typeof(TValue).Name}.");
        }

        private void FeaturesOf(ref VBuffer<float> value)
        {
            var count = ChurnSnapshot.FeatureCount;
            var editor = VBufferEditor.Create(ref value, count);
            var features = view._features ?? throw new InvalidOperationException("The churn examples' features were let go once FastTree had converted them.");
            features.AsSpan((int)(_position * count), count).CopyTo(editor.Values);
            value = editor.Commit();
        }

        private void LabelOf(ref bool value) => value = view._labels[_position];
    }
}
