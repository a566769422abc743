namespace Loyalty.ML.Data.Ingestion.Sources;

/// <summary>Finds the columns a mapping names in a file's header.</summary>
internal sealed class HeaderColumns
{
    private readonly IRowSource _source;
    private readonly string _section;

    public HeaderColumns(IRowSource source, string section)
    {
        _source = source;
        _section = section;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < source.Columns.Count; i++)
        {
            var name = source.Columns[i];
            if (name.Length > 0 && !seen.TryAdd(name, i))
            {
                throw new DataLoadException(source.Path, 1,
                    $"the header names column '{name}' twice, at positions {seen[name] + 1} and {i + 1}: rename one so it is clear which the mapping means.");
            }
        }
    }

    /// <summary>Ordinal of a required column; fails naming the column, the mapping key and the header.</summary>
    public int Required(string name, string key) =>
        Find(name) is var ordinal and >= 0 ? ordinal : throw Missing(name, key);

    /// <summary>
    /// Ordinal of an optional column, or -1 when the mapping gives none. A column left at its default
    /// name may be absent; any other name must be in the header.
    /// </summary>
    public int Optional(string? name, string? defaultName, string key)
    {
        if (name is null)
        {
            return -1;
        }

        var ordinal = Find(name);
        return ordinal >= 0 || name == defaultName ? ordinal : throw Missing(name, key);
    }

    private int Find(string name)
    {
        var columns = _source.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        var matches = Enumerable.Range(0, columns.Count).Where(i => string.Equals(columns[i], name, StringComparison.OrdinalIgnoreCase)).ToArray();
        return matches.Length == 1 ? matches[0] : -1;
    }

    private DataLoadException Missing(string name, string key) =>
        new(_source.Path, 1, $"missing column '{name}' (mapping {_section}.columns.{key}); the header has: {string.Join(", ", _source.Columns)}.{PaddingHint()}{DelimiterHint()}");

    // A file split on another character than the mapping's delimiter reads as one column holding that character.
    private string DelimiterHint()
    {
        if (_source.Columns is not [var only] || _source is WhitespaceRowSource || PaddingHint().Length > 0)
        {
            return string.Empty;
        }

        foreach (var (delimiter, name) in (ReadOnlySpan<(char, string)>)[(';', "semicolon"), ('\t', "tab"), ('|', "pipe"), (',', "comma")])
        {
            if (only.Contains(delimiter, StringComparison.Ordinal))
            {
                var json = delimiter == '\t' ? "\\t" : delimiter.ToString();
                var decimals = delimiter == ';' ? " (semicolon exports often write decimal commas too: add \"decimal_separator\": \",\")" : string.Empty;
                return $" The header is one column holding {name}s: the file looks {name}-separated; set \"delimiter\": \"{json}\" in the mapping's {_section}.format (the --mapping file; data/mappings/README.md){decimals}.";
            }
        }

        return string.Empty;
    }

    private string PaddingHint() =>
        _source.Columns is [var only] && (only.Contains("  ", StringComparison.Ordinal) || only.Contains('\t'))
            ? " The header is one column holding runs of blanks: for a whitespace-padded (fixed-width) export set \"delimiter\": \"whitespace\" in the mapping's format."
            : string.Empty;
}
