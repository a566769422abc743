namespace Loyalty.ML.SampleData.Tests;

public sealed class DenseSampleTests
{
    [Fact]
    public void GenerateHistory_DenseShape_PutsEachCustomersLinesInAShortBurstAndEachItemOnce()
    {
        var history = SampleDataGenerator.GenerateHistory(SampleDataOptions.Dense).History;

        var lines = history.Purchases;
        var byCustomer = Enumerable.Range(0, lines.Count).GroupBy(line => lines.Customer[line]).ToList();
        Assert.Equal(SampleDataOptions.Dense.Customers, byCustomer.Count);
        Assert.InRange(lines.Count, 90_000, 115_000);
        Assert.All(byCustomer, customer => Assert.Equal(customer.Count(), customer.Select(line => lines.Item[line]).Distinct().Count()));
        Assert.All(byCustomer, customer => Assert.True(customer.Count() >= 20, $"{customer.Count()} lines"));
        var spans = byCustomer.Select(customer => (customer.Max(line => lines.Time[line]) - customer.Min(line => lines.Time[line])).TotalDays).Order().ToList();
        Assert.InRange(spans[spans.Count / 2], 0, 7);
        var lastMonth = history.LastTime.AddDays(-30);
        Assert.InRange(byCustomer.Count(customer => customer.Any(line => lines.Time[line] >= lastMonth)), 1, 250);
        Assert.True(byCustomer.Count(customer => customer.Select(line => lines.Order[line]).Distinct().Count() >= 2) >= 600);
    }
}
