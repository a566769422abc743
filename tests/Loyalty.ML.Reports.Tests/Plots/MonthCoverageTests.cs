using Loyalty.ML.Reports.Html;
using Loyalty.ML.Reports.Plots;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Reports.Tests.Plots;

public sealed class MonthCoverageTests
{
    [Theory]
    [InlineData(2010, 12, true)]
    [InlineData(2011, 11, true)]
    [InlineData(2011, 12, false)]
    public void IsWhole_HistoryFromTheFirstOfDecember2010ToTheNinthOfDecember2011_OnlyTheLastMonthIsPartial(int year, int month, bool whole) =>
        Assert.Equal(whole, MonthCoverage.IsWhole(new DateOnly(year, month, 1), new DateOnly(2010, 12, 1), new DateOnly(2011, 12, 9)));

    [Fact]
    public void PartialNote_MonthsCutAtBothEnds_NameEachWithTheDaysCovered()
    {
        MonthlyKpis[] months = [Month(2010, 12), Month(2011, 1), Month(2011, 12)];

        var note = MonthCoverage.PartialNote(months, new DateOnly(2010, 12, 15), new DateOnly(2011, 12, 9), ReportFormat.Invariant, "left out");

        Assert.Equal("Dec 2010 (17 of its 31 days) and Dec 2011 (9 of its 31 days) are only partly in the data: left out.", note);
        Assert.Null(MonthCoverage.PartialNote([Month(2011, 1)], new DateOnly(2010, 12, 15), new DateOnly(2011, 12, 9), ReportFormat.Invariant, "left out"));
    }

    private static MonthlyKpis Month(int year, int month) => new(new DateOnly(year, month, 1), 10, 5, 6, 100, 16.7, 40, 50);
}
