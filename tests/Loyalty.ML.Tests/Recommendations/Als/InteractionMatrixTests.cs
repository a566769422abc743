using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class InteractionMatrixTests
{
    [Fact]
    public void CustomerItems_WholeHistory_AgesEachLineFromTheLastPurchase()
    {
        var builder = new PurchaseHistoryBuilder();
        var now = new DateTime(2025, 6, 30);
        for (var customer = 0; customer < 30; customer++)
        {
            builder.AddPurchase($"c{customer}", "old", $"o{customer}", now.AddDays(-300), 1, 1);
            builder.AddPurchase($"c{customer}", "recent", $"r{customer}", now.AddDays(-1), 1, 1);
            builder.AddPurchase($"c{customer}", "filler", $"f{customer}", now.AddDays(-150), 1, 1);
        }

        builder.AddPurchase("probe", "recent", "p", now, 1, 1);
        var history = builder.Build();
        var window = TrainingWindow.Whole(history);

        var counts = InteractionMatrix.CustomerItems(history, window, halfLifeDays: 30);
        history.Items.TryGetIndex("old", out var old);
        history.Items.TryGetIndex("recent", out var recent);
        history.Customers.TryGetIndex("c0", out var c0);

        Assert.Equal(now, window.Origin);
        Assert.InRange(Weight(counts, c0, recent), 0.97f, 0.98f);
        Assert.InRange(Weight(counts, c0, old), 0f, 0.001f);
    }

    private static float Weight(CsrMatrix counts, int customer, int item)
    {
        var indices = counts.RowIndices(customer);
        return counts.RowValues(customer)[indices.IndexOf(item)];
    }
}
