using Parquet;
using Parquet.Schema;

namespace Loyalty.ML.Data.Ingestion.Sources;

/// <summary>
/// Parquet rows, one row group at a time: only the row group being read and only the columns the
/// mapping asks for are in memory. <see cref="Line"/> is the 1-based row number.
/// </summary>
internal sealed class ParquetRowSource : IRowSource
{
    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private readonly ParquetColumn?[] _columns;
    private readonly long _totalRows;
    private ParquetRowGroupReader? _group;
    private int _groupIndex = -1;
    private int _row;
    private int _groupRows;

    private ParquetRowSource(string path, ParquetReader reader)
    {
        Path = path;
        _reader = reader;
        _fields = reader.Schema.GetDataFields();
        _columns = new ParquetColumn?[_fields.Length];
        Columns = _fields.Select(field => field.Name).ToArray();
        _totalRows = Enumerable.Range(0, reader.RowGroupCount).Sum(group => reader.OpenRowGroupReader(group).RowCount);
    }

    public string Path { get; }

    public IReadOnlyList<string> Columns { get; }

    public long Line { get; private set; }

    public int FieldCount => _fields.Length;

    public string? Defect => null;

    public int Lines => 1;

    public string? EndNote => null;

    public double Progress => _totalRows == 0 ? 1 : (double)Line / _totalRows;

    public static IRowSource Open(string path, FileStream file)
    {
        try
        {
            return new ParquetRowSource(path, ParquetReader.CreateAsync(file, leaveStreamOpen: false).GetAwaiter().GetResult());
        }
        catch (Exception error) when (error is IOException or InvalidDataException or ParquetException or NotSupportedException)
        {
            throw new DataLoadException(path, null, $"not a readable Parquet file: {error.Message}", inner: error);
        }
    }

    public bool Read()
    {
        while (_group is null || _row + 1 >= _groupRows)
        {
            if (_groupIndex + 1 >= _reader.RowGroupCount)
            {
                return false;
            }

            ReleaseColumns();
            _groupIndex++;
            _group = _reader.OpenRowGroupReader(_groupIndex);
            _groupRows = (int)_group.RowCount;
            _row = -1;
        }

        _row++;
        Line++;
        return true;
    }

    public ReadOnlySpan<char> Text(int ordinal) => Column(ordinal).Text(_row);

    public bool TryGetNumber(int ordinal, out double value) => Column(ordinal).TryGetNumber(_row, out value);

    public bool TryGetTime(int ordinal, out DateTime value) => Column(ordinal).TryGetTime(_row, out value);

    public void Dispose()
    {
        ReleaseColumns();
        _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private ParquetColumn Column(int ordinal)
    {
        try
        {
            return _columns[ordinal] ??= ParquetColumn.Load(_group!, _fields[ordinal], Path);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or ParquetException or NotSupportedException)
        {
            throw new DataLoadException(Path, Line, $"column '{Columns[ordinal]}' of row group {_groupIndex + 1} cannot be read: {error.Message}", inner: error);
        }
    }

    private void ReleaseColumns()
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i]?.Dispose();
            _columns[i] = null;
        }
    }
}
