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

    private static void AssertSame(TransactionLines expected, TransactionLines actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        var count = expected.Count;
        Assert.Equal(expected.Customer.AsSpan(0, count), actual.Customer.AsSpan(0, count));
        Assert.Equal(expected.Item.AsSpan(0, count), actual.Item.AsSpan(0, count));
        Assert.Equal(expected.Order.AsSpan(0, count), actual.Order.AsSpan(0, count));
        Assert.Equal(expected.Time.AsSpan(0, count).ToArray().Select(time => time.Ticks), actual.Time.AsSpan(0, count).ToArray().Select(time => time.Ticks));
        Assert.Equal(expected.Quantity.AsSpan(0, count), actual.Quantity.AsSpan(0, count));
        Assert.Equal(expected.UnitPrice.AsSpan(0, count), actual.UnitPrice.AsSpan(0, count));
    }
}
