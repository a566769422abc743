using Sylvan.Data.Csv;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Ingestion.Sources;

/// <summary>
/// CSV rows through Sylvan's reader (RFC 4180 quoting, embedded delimiters and line breaks, doubled
/// quotes). Blank lines are skipped. Line numbers count physical lines, so a quoted line break moves
/// the next row down by one.
/// </summary>
internal sealed class CsvRowSource : IRowSource
{
    private const int BufferSize = 1 << 16;
    private const int MaxRecordSize = 1 << 20;

    /// <summary>Physical lines one record may span: more means a stray quote swallowed the rows after it.</summary>
    public const int MaxLinesPerRecord = 10;

    /// <summary>Characters one field may hold: ids, names and numbers are far shorter.</summary>
    public const int MaxFieldLength = 4_096;

    private const string EmptyFile = "the file is empty: expected a header line naming the columns.";
    private readonly Stream _file;
    private readonly StreamReader _text;
    private readonly CsvDataReader _reader;
    private long _nextLine;
    private string? _unterminated;
    private long? _firstMultiLine;
    private long _multiLineRecords;
    private char[]?[] _copies = [];

    private CsvRowSource(string path, Stream file, StreamReader text, CsvDataReader reader)
    {
        Path = path;
        _file = file;
        _text = text;
        _reader = reader;
        Columns = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).Trim()).ToArray();
        _nextLine = 2;
    }

    public string Path { get; }

    public IReadOnlyList<string> Columns { get; }

    public long Line { get; private set; }

    public int FieldCount => _reader.RowFieldCount;

    public string? Defect { get; private set; }

    public int Lines { get; private set; } = 1;

    public string? EndNote => string.Join(' ', new[] { MultiLineNote(), _unterminated }.OfType<string>()) is { Length: > 0 } note ? note : null;

    public double Progress => _file.Length == 0 ? 1 : (double)_file.Position / _file.Length;

    /// <summary>Opens <paramref name="file"/> (already decompressed by the caller when needed).</summary>
    public static CsvRowSource Open(string path, FileStream file, Stream content, ValueFormat format)
    {
        var text = new StreamReader(content, format.Encoding, detectEncodingFromByteOrderMarks: true, BufferSize);
        try
        {
            var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = format.Delimiter, BufferSize = BufferSize, MaxBufferSize = MaxRecordSize };
            var source = new CsvRowSource(path, file, text, CsvDataReader.Create(text, options));
            if (source.Columns.All(string.IsNullOrEmpty))
            {
                source.Dispose();
                throw new DataLoadException(path, null, EmptyFile);
            }

            return source;
        }
        catch (CsvMissingHeadersException)
        {
            text.Dispose();
            throw new DataLoadException(path, null, EmptyFile);
        }
        catch (CsvFormatException error)
        {
            text.Dispose();
            throw new DataLoadException(path, 1, $"the header line is not valid CSV: {error.Message}", inner: error);
        }
        catch (InvalidDataException error)
        {
            text.Dispose();
            throw new DataLoadException(path, null, $"cannot be read as gzip: {error.Message}", inner: error);
        }
    }

    public bool Read()
    {
        while (true)
        {
            Line = _nextLine;
            try
            {
                if (!_reader.Read())
                {
                    return false;
                }
            }
            catch (CsvFormatException error)
            {
                throw new DataLoadException(Path, Line, $"not valid CSV: {error.Message}", inner: error);
            }
            catch (InvalidDataException error)
            {
                throw new DataLoadException(Path, Line, $"cannot be read as gzip: {error.Message}", inner: error);
            }

            var raw = _reader.GetRawRecordSpan();
            var terminated = !raw.IsEmpty && raw[^1] is '\n' or '\r';
            Lines = Math.Max(1, raw.Count('\n') + (terminated ? 0 : 1));
            _nextLine += Math.Max(1, raw.Count('\n'));
            if (_reader.RowFieldCount > 1 || !_reader.GetFieldSpan(0).IsWhiteSpace())
            {
                Defect = Lines > MaxLinesPerRecord || raw.Length > MaxFieldLength ? FindDefect() : null;
                _unterminated = terminated ? null : $"line {Line}, the last row, has no line break at its end: if the file was cut, that row may be incomplete.";
                if (Lines > 1 && Defect is null)
                {
                    _firstMultiLine ??= Line;
                    _multiLineRecords++;
                }

                return true;
            }
        }
    }

    // Quoted line breaks are valid CSV, so such rows are kept; but an export that never has them has a stray quote instead.
    private string? MultiLineNote() => _firstMultiLine is { } first
        ? $"{_multiLineRecords:N0} rows span several lines through quoted line breaks (the first at line {first}); if the export never puts a line break inside a field, a stray quote merged those lines into one row."
        : null;

    private string? FindDefect()
    {
        if (Lines > MaxLinesPerRecord)
        {
            return $"a quoted field runs over {Lines} lines (lines {Line} to {Line + Lines - 1}), more than {MaxLinesPerRecord}: probably a stray quote; the {Lines} lines are counted as malformed";
        }

        for (var i = 0; i < _reader.RowFieldCount; i++)
        {
            if (_reader.GetFieldSpan(i).Length > MaxFieldLength)
            {
                var name = i < Columns.Count ? Columns[i] : "beyond the header";
                return $"field {i + 1} ('{name}') holds {_reader.GetFieldSpan(i).Length:N0} characters, more than {MaxFieldLength:N0}: probably a stray quote";
            }
        }

        return null;
    }

    /// <summary>
    /// The field's characters. Sylvan unescapes doubled quotes into one scratch buffer shared by all
    /// fields, so such a field is copied out; a row's fields then stay valid together until the next row.
    /// </summary>
    public ReadOnlySpan<char> Text(int ordinal)
    {
        if (ordinal >= _reader.RowFieldCount)
        {
            return [];
        }

        var field = _reader.GetFieldSpan(ordinal);
        if (field.IsEmpty || _reader.GetRawRecordSpan().Overlaps(field))
        {
            return field;
        }

        if (ordinal >= _copies.Length)
        {
            Array.Resize(ref _copies, ordinal + 1);
        }

        var copy = _copies[ordinal];
        if (copy is null || copy.Length < field.Length)
        {
            copy = _copies[ordinal] = new char[Math.Max(field.Length, 64)];
        }

        field.CopyTo(copy);
        return copy.AsSpan(0, field.Length);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
        _file.Dispose();
    }
}
