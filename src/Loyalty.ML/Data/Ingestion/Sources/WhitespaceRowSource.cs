using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Ingestion.Sources;

/// <summary>
/// Rows of a whitespace-padded (fixed-width) export: runs of spaces and tabs separate fields, blanks at the
/// start and end of a line are ignored, and a value holding blanks is written in double quotes (doubled
/// quotes inside), on one line. Blank lines are skipped.
/// </summary>
internal sealed class WhitespaceRowSource : IRowSource
{
    private const int BufferSize = 1 << 16;
    private readonly Stream _file;
    private readonly StreamReader _text;
    private readonly List<string> _fields = [];
    private long _nextLine = 1;

    private WhitespaceRowSource(string path, Stream file, StreamReader text)
    {
        Path = path;
        _file = file;
        _text = text;
    }

    public string Path { get; }

    public IReadOnlyList<string> Columns { get; private set; } = [];

    public long Line { get; private set; }

    public int FieldCount => _fields.Count;

    public string? Defect { get; private set; }

    public int Lines => 1;

    public string? EndNote => null;

    public double Progress => _file.Length == 0 ? 1 : (double)_file.Position / _file.Length;

    public static WhitespaceRowSource Open(string path, FileStream file, Stream content, ValueFormat format)
    {
        var source = new WhitespaceRowSource(path, file, new StreamReader(content, format.Encoding, detectEncodingFromByteOrderMarks: true, BufferSize));
        try
        {
            if (!source.Read())
            {
                throw new DataLoadException(path, null, "the file is empty: expected a header line naming the columns.");
            }

            source.Columns = source._fields.ToArray();
            return source;
        }
        catch (InvalidDataException error)
        {
            source.Dispose();
            throw new DataLoadException(path, null, $"cannot be read as gzip: {error.Message}", inner: error);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    public bool Read()
    {
        while (true)
        {
            string? line;
            try
            {
                line = _text.ReadLine();
            }
            catch (InvalidDataException error)
            {
                throw new DataLoadException(Path, _nextLine, $"cannot be read as gzip: {error.Message}", inner: error);
            }

            if (line is null)
            {
                return false;
            }

            Line = _nextLine++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                Defect = Split(line);
                return true;
            }
        }
    }

    public ReadOnlySpan<char> Text(int ordinal) => ordinal < _fields.Count ? _fields[ordinal] : [];

    public void Dispose()
    {
        _text.Dispose();
        _file.Dispose();
    }

    /// <summary>Splits <paramref name="line"/> into <see cref="_fields"/>; returns why the line is not a row, or null.</summary>
    private string? Split(string line)
    {
        _fields.Clear();
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i == line.Length)
            {
                return line.Length > CsvRowSource.MaxFieldLength ? $"the line holds {line.Length:N0} characters, more than {CsvRowSource.MaxFieldLength:N0}" : null;
            }

            if (line[i] != '"')
            {
                var end = line.AsSpan(i).IndexOfAny(' ', '\t');
                end = end < 0 ? line.Length : i + end;
                _fields.Add(line[i..end]);
                i = end;
                continue;
            }

            var value = new System.Text.StringBuilder();
            for (i++; ; i++)
            {
                if (i == line.Length)
                {
                    throw new DataLoadException(Path, Line, "not valid: a quoted value is not closed on its line.");
                }

                if (line[i] == '"' && (i + 1 == line.Length || line[i + 1] != '"'))
                {
                    i++;
                    break;
                }

                i += line[i] == '"' ? 1 : 0;
                value.Append(line[i]);
            }

            _fields.Add(value.ToString());
        }
    }
}
