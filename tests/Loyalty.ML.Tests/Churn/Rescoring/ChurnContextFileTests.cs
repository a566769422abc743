using Loyalty.ML.Churn.Rescoring;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Churn.Rescoring;

public sealed class ChurnContextFileTests(TrainedChurn trained) : IClassFixture<TrainedChurn>
{
    [Fact]
    public void Read_LinesOverManyBlocks_EveryLineAsWritten()
    {
        var expected = CustomerLines.Of(trained.History);

        var read = ChurnContextFile.Read(Path.Combine(trained.Directory, ChurnContextFile.FileName)).Lines;

        Assert.True(expected.Purchases.Count > 10_000);
        AssertSame(expected.Purchases, read.Purchases);
        AssertSame(expected.Returns, read.Returns);
    }

    private static void AssertSame(GroupedLines expected, GroupedLines actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Start, actual.Start);
        Assert.Equal(Rows(expected), Rows(actual));
    }

    private static IEnumerable<(int, int, int, long, float, float)> Rows(GroupedLines grouped) =>
        Enumerable.Range(0, grouped.Count).Select(grouped.LineAt).Select(line =>
            (grouped.Lines.Customer[line], grouped.Lines.Item[line], grouped.Lines.Order[line], grouped.Lines.Time[line].Ticks, grouped.Lines.Quantity[line], grouped.Lines.UnitPrice[line]));
}
