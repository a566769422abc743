using System.Text;

namespace Loyalty.ML.Data;

/// <summary>RFC 4180 quoting for the small CSV files the bundle and the exports write, splitting of one such line, and reading them back.</summary>
public static class CsvText
{
    /// <summary><paramref name="value"/> as a CSV field: quoted, with quotes doubled, when it holds a comma, quote or line break.</summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>The fields of one CSV line, quotes removed.</summary>
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>
    /// The lines after the header of the file at <paramref name="path"/>, each with its 1-based line number;
    /// throws <see cref="InvalidDataException"/> when line 1 is not <paramref name="header"/>.
    /// </summary>
    public static IEnumerable<(int Number, string Text)> ReadLines(string path, string header)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        if (reader.ReadLine() != header)
        {
            throw new InvalidDataException($"{path} line 1: expected the header '{header}'.");
        }

        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            yield return (++number, line);
        }
    }
}
