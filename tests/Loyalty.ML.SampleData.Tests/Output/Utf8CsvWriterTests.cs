using Loyalty.ML.SampleData.Output;
using Loyalty.ML.Tests;

namespace Loyalty.ML.SampleData.Tests.Output;

public sealed class Utf8CsvWriterTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Fields_MixedValues_AreWrittenInInvariantCsvForm()
    {
        var path = _folder.Combine("a.csv");
        using (var writer = new Utf8CsvWriter(path))
        {
            writer.Text("Crème");
            writer.Comma();
            writer.Integer(42, 6);
            writer.Comma();
            writer.Integer(-3);
            writer.Comma();
            writer.Cents(1205);
            writer.Comma();
            writer.Cents(7);
            writer.Comma();
            writer.DateTime(new DateTime(2025, 3, 1, 14, 5, 9));
            writer.Comma();
            writer.Date(new DateOnly(987, 12, 31));
            writer.EndLine();
        }

        Assert.Equal("Crème,000042,-3,12.05,0.07,2025-03-01T14:05:09,0987-12-31\n", File.ReadAllText(path));
    }

    [Fact]
    public void Text_MoreThanTheBuffer_IsWrittenCompletely()
    {
        var path = _folder.Combine("big.csv");
        var line = new string('x', 999);
        using (var writer = new Utf8CsvWriter(path))
        {
            for (var i = 0; i < 3_000; i++)
            {
                writer.Text(line);
                writer.EndLine();
            }
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal(3_000, lines.Length);
        Assert.All(lines, read => Assert.Equal(line, read));
    }

    public void Dispose() => _folder.Dispose();
}
