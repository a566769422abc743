using Loyalty.ML.Segmentation;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Segmentation;

public sealed class RfmSegmentationTests
{
    private static readonly DateTime AsOf = new(2025, 1, 31, 18, 0, 0);

    [Fact]
    public void Compute_FiveCustomers_ScoresEachValueByRankAndNamesTheSegment()
    {
        var builder = new PurchaseHistoryBuilder();
        Orders(builder, "A", daysBefore: 0, orders: 1, spend: 10);
        Orders(builder, "B", daysBefore: 5, orders: 5, spend: 500);
        Orders(builder, "C", daysBefore: 30, orders: 3, spend: 99);
        Orders(builder, "D", daysBefore: 100, orders: 4, spend: 300);
        Orders(builder, "E", daysBefore: 300, orders: 2, spend: 50);
        builder.AddReturn("R", "sku", "X1", AsOf.AddDays(-3), 1, 5);

        var rows = RfmSegmentation.Compute(builder.Build()).ToDictionary(row => row.CustomerId);

        Assert.Equal(["A", "B", "C", "D", "E"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new CustomerRfm("A", 0, 1, 10, 5, 1, 1, RfmSegments.New), rows["A"]);
        Assert.Equal(new CustomerRfm("B", 5, 5, 500, 4, 5, 5, RfmSegments.Champions), rows["B"]);
        Assert.Equal(new CustomerRfm("C", 30, 3, 99, 3, 3, 3, RfmSegments.NeedAttention), rows["C"]);
        Assert.Equal(new CustomerRfm("D", 100, 4, 300, 2, 4, 4, RfmSegments.CantLose), rows["D"]);
        Assert.Equal(new CustomerRfm("E", 300, 2, 50, 1, 2, 2, RfmSegments.Lost), rows["E"]);
    }

    [Fact]
    public void Compute_OrderWithSeveralLines_CountsOneOrderAndSumsItsLines()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("A", "x", "O1", AsOf, 2, 3.5f);
        builder.AddPurchase("A", "y", "O1", AsOf, 1, 4f);

        var row = Assert.Single(RfmSegmentation.Compute(builder.Build()));

        Assert.Equal(1, row.Frequency);
        Assert.Equal(11, row.Monetary, 6);
    }

    /// <summary>Adds <paramref name="orders"/> one-line orders of equal value, the last <paramref name="daysBefore"/> days before <see cref="AsOf"/>.</summary>
    private static void Orders(PurchaseHistoryBuilder builder, string customer, int daysBefore, int orders, double spend)
    {
        for (var order = 0; order < orders; order++)
        {
            builder.AddPurchase(customer, "sku", $"{customer}{order}", AsOf.AddDays(-daysBefore - (7 * order)), 1, (float)(spend / orders));
        }
    }
}
