using Loyalty.ML.Data;

namespace Loyalty.ML.Tests.Data;

public sealed class CsvTextTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void QuoteThenSplit_FieldsWithCommasQuotesAndPlainText_RoundTrip()
    {
        string[] fields = ["plain", "with, comma", "say \"hi\"", ""];

        var line = string.Join(',', fields.Select(CsvText.Quote));

        Assert.Equal(fields, CsvText.Split(line));
    }

    [Fact]
    public void ReadLines_AfterTheHeader_GivesEachLineWithItsNumber()
    {
        var path = _folder.Combine("rows.csv");
        File.WriteAllLines(path, ["a,b", "1,2", "3,4"]);

        Assert.Equal([(2, "1,2"), (3, "3,4")], CsvText.ReadLines(path, "a,b"));
    }

    [Fact]
    public void ReadLines_WrongHeader_ThrowsNamingFileLineAndHeader()
    {
        var path = _folder.Combine("rows.csv");
        File.WriteAllLines(path, ["a,c", "1,2"]);

        var error = Assert.Throws<InvalidDataException>(() => CsvText.ReadLines(path, "a,b").ToList());

        Assert.Equal($"{path} line 1: expected the header 'a,b'.", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
