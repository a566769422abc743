using Loyalty.ML.Data;

namespace Loyalty.ML.Tests.Data;

public sealed class PurchaseHistoryLoaderOnlineRetailTests
{
    [Fact]
    public void Load_OnlineRetailWithShippedMapping_AccountsForEveryRow()
    {
        var result = PurchaseHistoryLoader.Load(
            new DataSources(RepositoryPaths.OnlineRetail, Mapping: RepositoryPaths.OnlineRetailMapping),
            LoadOptions.Default);

        var report = result.Report;
        Assert.Equal(541_909, report.RowsRead);
        Assert.Equal(report.RowsRead, report.Outcomes.Values.Sum());
        Assert.Equal(report.RowsRead, report.RowsAccepted + report.RowsExcluded + report.RowsMalformed);
        Assert.Equal(0, report.RowsMalformed);
        // The README's figure: guest checkouts are the first exclusion rule, so every one of them lands there.
        Assert.Equal(135_080, report.Outcomes["missing_customer_id"]);
        Assert.Equal(report.RowsAccepted, result.History.Purchases.Count);
        Assert.Equal(report.Outcomes["cancellation"], result.History.Returns.Count);
        Assert.InRange(result.History.Customers.Count, 4_300, 4_372);
        Assert.InRange(result.History.Items.Count, 3_600, 4_070);
        Assert.Equal(new DateTime(2010, 12, 1, 8, 26, 0), result.History.FirstTime);
        Assert.Equal(new DateTime(2011, 12, 9, 12, 50, 0), result.History.LastTime);
        Assert.DoesNotContain("POST", result.History.Items.Ids);
        Assert.Equal(2, result.Sources.Count);
        Assert.NotEmpty(report.Gates);
        Assert.All(report.Gates, gate => Assert.True(gate.Passed, gate.Detail));
    }
}
