using Loyalty.ML.Data.Mapping;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Tests.Data.Ingestion.Values;

public sealed class DateParserTests
{
    private static readonly ValueFormat Iso = ValueFormat.Create(new TextFormat(), "m.json", "transactions.format");

    [Theory]
    [InlineData("2024-03-05", "2024-03-05T00:00:00.0000000")]
    [InlineData("2024-03-05T14:22", "2024-03-05T14:22:00.0000000")]
    [InlineData("2024-03-05 14:22:07", "2024-03-05T14:22:07.0000000")]
    [InlineData("2024-03-05T14:22:07.125", "2024-03-05T14:22:07.1250000")]
    [InlineData("2024-03-05T14:22:07Z", "2024-03-05T14:22:07.0000000Z")]
    [InlineData("2024-03-05T14:22:07+02:00", "2024-03-05T12:22:07.0000000Z")]
    [InlineData(" 2024-02-29 ", "2024-02-29T00:00:00.0000000")]
    public void TryParse_IsoShapes_ReadsTheInstant(string text, string expected)
    {
        Assert.True(new DateParser(Iso).TryParse(text, out var value));

        Assert.Equal(expected, value.ToString("O"));
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("01/02/2024")]
    [InlineData("2024-03-05T25:00")]
    [InlineData("2024-03-05Tnoon")]
    public void TryParse_NotIso_Fails(string text) => Assert.False(new DateParser(Iso).TryParse(text, out _));

    [Fact]
    public void TryParse_MappingFormats_TriesEachInOrder()
    {
        var format = ValueFormat.Create(new TextFormat { DateFormats = ["yyyy-MM-dd HH:mm:ss", "M/d/yyyy H:mm"] }, "m.json", "transactions.format");
        var parser = new DateParser(format);

        Assert.True(parser.TryParse("12/1/2010 8:26", out var american));
        Assert.True(parser.TryParse("2010-12-01 08:26:00", out var iso));
        Assert.True(parser.TryParse("2010-12-01 08:26:00", out var repeated));

        Assert.Equal(new DateTime(2010, 12, 1, 8, 26, 0), american);
        Assert.Equal(american, iso);
        Assert.Equal(iso, repeated);
        Assert.False(parser.TryParse("2010-12-01", out _));
    }
}
