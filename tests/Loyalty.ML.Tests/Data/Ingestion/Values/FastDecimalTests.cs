using System.Globalization;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Tests.Data.Ingestion.Values;

public sealed class FastDecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("2.55")]
    [InlineData("-12.50")]
    [InlineData("+7")]
    [InlineData(".5")]
    [InlineData("3.")]
    [InlineData("951.39")]
    [InlineData("0.1")]
    [InlineData("123456789.012345")]
    [InlineData("-0")]
    public void TryParse_PlainDecimals_MatchesTheFrameworkExactly(string text)
    {
        Assert.True(FastDecimal.TryParse(text, '.', out var value));

        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void TryParse_RandomDecimals_MatchTheFrameworkExactly()
    {
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var text = (random.NextDouble() * Math.Pow(10, random.Next(-3, 10))).ToString("F" + random.Next(0, 6), CultureInfo.InvariantCulture);

            Assert.True(FastDecimal.TryParse(text, '.', out var value));
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData("1,5")]
    [InlineData("12345678901234567")]
    [InlineData("£2")]
    public void TryParse_AnythingElse_LeavesItToTheFramework(string text) => Assert.False(FastDecimal.TryParse(text, '.', out _));

    [Fact]
    public void TryParse_CommaSeparator_ReadsEuropeanDecimals()
    {
        Assert.True(FastDecimal.TryParse("12,5", ',', out var value));

        Assert.Equal(12.5, value);
    }
}
