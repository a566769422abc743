using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Core;

public sealed class NearestNameTests
{
    [Theory]
    [InlineData("--factor", "--factors")]
    [InlineData("custmer_id", "customer_id")]
    [InlineData("CUSTOMER_ID", "customer_id")]
    [InlineData("unit", "unit_price")]
    public void Of_MisspeltName_IsTheKnownOneMeant(string typed, string expected) =>
        Assert.Equal(expected, NearestName.Of(typed, ["--factors", "--alpha", "customer_id", "item_id", "unit_price"]));

    [Fact]
    public void Of_NothingClose_IsNull() => Assert.Null(NearestName.Of("--banana", ["--factors", "--alpha"]));
}
