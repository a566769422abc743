using Loyalty.ML.Data.Mapping;
using Loyalty.ML.Reports.Html;

namespace Loyalty.ML.Reports.Tests.Html;

public sealed class ReportFormatTests
{
    private static readonly DateOnly LastDay = new(2011, 12, 9);

    [Theory]
    [InlineData(null, null, "2011-12-09", "1,234.56", "Dec 2011")]
    [InlineData("en-GB", "GBP", "09/12/2011", "£1,234.56", "Dec 2011")]
    [InlineData("en-US", "USD", "12/9/2011", "$1,234.56", "Dec 2011")]
    [InlineData("de-DE", "EUR", "09.12.2011", "1.234,56 €", "Dez 2011")]
    [InlineData("en-GB", "EUR", "09/12/2011", "€1,234.56", "Dec 2011")]
    public void For_DisplayCultureAndCurrency_WritesDatesMoneyAndMonthsAsThatCultureDoes(string? culture, string? currency, string date, string money, string month)
    {
        var format = ReportFormat.For(culture is null && currency is null ? null : new DisplayFormat { Culture = culture, Currency = currency });

        Assert.Equal(date, format.Date(LastDay));
        Assert.Equal(money, format.Money(1234.56).Replace('\u00a0', ' '));
        Assert.Equal(month, format.Month(new DateOnly(2011, 12, 1)));
        Assert.Equal("0.744", format.Number(0.7439));
        Assert.Null(format.Note);
    }
}
