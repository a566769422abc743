using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Core;

public sealed class PurchaseHistoryBuilderTests
{
    private static readonly DateTime Day = new(2024, 3, 1, 10, 0, 0, DateTimeKind.Unspecified);

    [Fact]
    public void Build_OrdersAcrossInterleavedLines_KeepEachOrderOneIndex()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("c1", "i1", "o1", Day, 1, 2);
        builder.AddPurchase("c2", "i1", "o9", Day, 1, 2);
        builder.AddPurchase("c1", "i2", "o1", Day, 1, 3);
        builder.AddPurchase("c1", "i2", "o2", Day.AddDays(1), 1, 3);

        var lines = builder.Build().Purchases;

        Assert.Equal(4, lines.Count);
        Assert.Equal(lines.Order[0], lines.Order[2]);
        Assert.Equal(3, new[] { lines.Order[0], lines.Order[1], lines.Order[3] }.Distinct().Count());
    }

    [Fact]
    public void AddPurchase_AfterBuild_Throws()
    {
        // Build releases the order keys, so a later line could not find its order: refused rather than split.
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("c1", "i1", "o1", Day, 1, 2);
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.AddPurchase("c1", "i2", "o1", Day, 1, 2));
    }

    [Fact]
    public void Build_ManyLines_KeepsEveryLineInOrder()
    {
        // Past a million lines the columns grow by a quarter, and spare room within an eighth is kept, not copied.
        var builder = new PurchaseHistoryBuilder();
        const int count = 1_300_000;
        for (var line = 0; line < count; line++)
        {
            builder.AddPurchase("c1", "i1", "o1", Day, line, 1);
        }

        var lines = builder.Build().Purchases;

        Assert.Equal(count, lines.Count);
        Assert.True(lines.Quantity.Length >= count && lines.Quantity.Length - count <= count / 8, $"capacity {lines.Quantity.Length}");
        Assert.Equal(count - 1, lines.Quantity[count - 1]);
        Assert.Equal(0, lines.Quantity[0]);
    }
}
