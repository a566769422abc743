namespace Loyalty.ML.SampleData.Tests;

public sealed class SparseSampleTests
{
    [Fact]
    public void GenerateHistory_SparseShape_WritesOrdersOfOneOrTwoLinesOverManyItems()
    {
        var history = SampleDataGenerator.GenerateHistory(SampleDataOptions.Sparse with { Customers = 1_000, Lines = 5_000 }).History;

        var lines = history.Purchases;
        var perOrder = Enumerable.Range(0, lines.Count).GroupBy(line => lines.Order[line]).Select(order => order.Count()).ToList();
        Assert.InRange(perOrder.Max(), 1, 2);
        Assert.InRange(perOrder.Average(), 1.05, 1.6);
        Assert.InRange((double)lines.Count / history.Customers.Count, 2, 10);
        Assert.Equal(SampleDataOptions.Sparse.Items, history.Items.Count);
    }
}
