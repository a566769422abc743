using Loyalty.ML.Api.Events;

namespace Loyalty.ML.Api.Tests.Events;

public sealed class StreamIdsTests
{
    [Theory]
    [InlineData("10-0", "9-0", 1)]
    [InlineData("5-10", "5-9", 1)]
    [InlineData("0", "0-0", 0)]
    [InlineData(StreamIds.Start, "1-0", -1)]
    [InlineData("1700000000000-3", "1700000000000-3", 0)]
    public void Compare_Ids_OrdersAsNumbersNotText(string left, string right, int expected) =>
        Assert.Equal(expected, Math.Sign(StreamIds.Compare(left, right)));
}
