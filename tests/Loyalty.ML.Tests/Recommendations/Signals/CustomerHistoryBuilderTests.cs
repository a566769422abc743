using Loyalty.ML.Core;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Tests.Recommendations.Signals;

public sealed class CustomerHistoryBuilderTests
{
    private static readonly DateTime Day = new(2024, 3, 1);

    [Fact]
    public void Build_RepeatedPurchases_GivesEachCustomersItemsWithLastDayDaysGapAndMedianPrice()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("a", "X", "a1", Day, 1, 2);
        builder.AddPurchase("a", "Y", "a1", Day, 1, 5);
        builder.AddPurchase("a", "X", "a2", Day.AddDays(4), 1, 3);
        builder.AddPurchase("a", "X", "a3", Day.AddDays(10), 1, 9);
        builder.AddPurchase("a", "X", "a3", Day.AddDays(10), 1, 4);
        builder.AddPurchase("b", "Y", "b1", Day.AddDays(2), 1, 7);
        var history = builder.Build();

        var built = CustomerHistoryBuilder.Build(history, TrainingWindow.Whole(history));

        var (a, b, x, y) = (Index(history.Customers, "a"), Index(history.Customers, "b"), Index(history.Items, "X"), Index(history.Items, "Y"));
        Assert.Equal(new[] { x, y }.Order(), built.ItemsOf(a).ToArray());
        var ax = built.Start(a) + built.ItemsOf(a).IndexOf(x);
        Assert.Equal(DateOnly.FromDateTime(Day.AddDays(10)).DayNumber, built.LastDay[ax]);
        Assert.Equal(3, built.Days[ax]);
        Assert.Equal(5f, built.GapDays[ax]);
        var ay = built.Start(a) + built.ItemsOf(a).IndexOf(y);
        Assert.Equal((1, 0f), (built.Days[ay], built.GapDays[ay]));
        Assert.Equal([y], built.ItemsOf(b).ToArray());
        Assert.Equal(4f, built.UsualPrice[a]);
        Assert.Equal(7f, built.UsualPrice[b]);
    }

    [Fact]
    public void Build_ManyLines_AllocatesLittleMoreThanTheSortKeysAndTheHistoryItKeeps()
    {
        var builder = new PurchaseHistoryBuilder();
        var random = new Random(3);
        const int lines = 60_000;
        for (var line = 0; line < lines; line++)
        {
            var customer = random.Next(2_000);
            builder.AddPurchase($"c{customer}", $"i{random.Next(3_000)}", $"o{customer}-{line % 7}", Day.AddDays(random.Next(300)), 1, random.Next(1, 50));
        }

        var history = builder.Build();
        var window = TrainingWindow.Whole(history);
        CustomerHistoryBuilder.Build(history, window);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var built = CustomerHistoryBuilder.Build(history, window);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Kept: 16 bytes an entry and 8 a customer. Working: one long and one int a line (the sort keys and days).
        long kept = (16L * built.Items.Length) + (8L * history.Customers.Count);
        long keys = 12L * lines;
        Assert.InRange(allocated, kept, kept + keys + 64 * 1024);
    }

    private static int Index(IdMap ids, string id) => ids.TryGetIndex(id, out var index) ? index : throw new KeyNotFoundException(id);
}
