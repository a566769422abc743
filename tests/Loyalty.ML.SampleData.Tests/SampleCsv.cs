namespace Loyalty.ML.SampleData.Tests;

/// <summary>Reads a generated CSV file plainly (split on commas), independent of the product's loader.</summary>
internal sealed class SampleCsv
{
    private SampleCsv(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public static SampleCsv Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(line => line.Split(',')).ToList();
        var bad = rows.FindIndex(row => row.Length != header.Length);
        Assert.True(bad < 0, $"{path} line {bad + 2} has a different number of fields than the header");
        return new SampleCsv(header, rows);
    }

    public IEnumerable<string> Column(string name)
    {
        var index = Array.IndexOf(Header, name);
        Assert.True(index >= 0, $"no column {name}");
        return Rows.Select(row => row[index]);
    }

    public int IndexOf(string name) => Array.IndexOf(Header, name);
}
