using Loyalty.ML.Churn.Rescoring;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Churn.Rescoring;

public sealed class CustomerLinesTests
{
    [Fact]
    public void Of_AHistoryInTimeOrder_IndexesItsLinesRatherThanCopyingThem()
    {
        var history = InTimeOrder(Loyalty.ML.Tests.Churn.ChurnSimulatedData.History(2_000, withItems: true));
        var purchases = history.Purchases;
        Assert.Contains(Enumerable.Range(1, purchases.Count - 1), line => purchases.Customer[line] < purchases.Customer[line - 1]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var lines = CustomerLines.Of(history);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A copy costs 28 bytes a line (the history's columns); the index costs 4, plus a start per customer.
        Assert.InRange(allocated, 0, (6L * purchases.Count) + (16L * history.Customers.Count) + 100_000);
        var (bought, _) = lines.CopyOf(history.Customers[7]);
        Assert.Equal(Enumerable.Range(0, purchases.Count).Count(line => purchases.Customer[line] == 7), bought.Count);
    }

    private static PurchaseHistory InTimeOrder(PurchaseHistory history)
    {
        var builder = new PurchaseHistoryBuilder();
        var lines = history.Purchases;
        foreach (var line in Enumerable.Range(0, lines.Count).OrderBy(line => lines.Time[line]).ThenBy(line => line))
        {
            builder.AddPurchase(history.Customers[lines.Customer[line]], history.Items[lines.Item[line]], lines.Order[line].ToString(System.Globalization.CultureInfo.InvariantCulture), lines.Time[line], lines.Quantity[line], lines.UnitPrice[line]);
        }

        return builder.Build();
    }
}
