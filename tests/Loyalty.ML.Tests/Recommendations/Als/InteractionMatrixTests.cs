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

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 30.0)]
    [InlineData(3, 7.5)]
    public void CustomerItems_RandomHistory_SameRowsColumnsAndCountsAsTheSortedKeysBuild(int seed, double halfLifeDays)
    {
        var history = RandomHistory(seed, customers: 300, linesEach: 40);
        var window = TrainingWindow.Before(history, history.LastTime.AddDays(-20));

        var built = InteractionMatrix.CustomerItems(history, window, halfLifeDays);
        var old = SortedKeysBuild.CustomerItems(history, window, halfLifeDays);

        Assert.Equal(old.Offsets, built.Offsets);
        Assert.Equal(old.Indices, built.Indices);
        Assert.Equal(old.Values.Length, built.Values.Length);
        for (var entry = 0; entry < old.Values.Length; entry++)
        {
            // Counts are whole numbers, exact in any order; decayed weights may differ in the order they were added.
            Assert.Equal(old.Values[entry], built.Values[entry], halfLifeDays > 0 ? old.Values[entry] * 1e-5f : 0f);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void CustomerItems_RepeatedPurchases_SumsEachItemsDecayedWeightsInLineOrder(int seed)
    {
        var history = RandomHistory(seed, customers: 200, linesEach: 60);
        var window = TrainingWindow.Whole(history);

        var built = InteractionMatrix.CustomerItems(history, window, halfLifeDays: 30);
        var expected = LineOrderSums.CustomerItems(history, window, halfLifeDays: 30);

        for (var customer = 0; customer < history.Customers.Count; customer++)
        {
            Assert.Equal(expected[customer].Keys, built.RowIndices(customer).ToArray());
            Assert.Equal(expected[customer].Values, built.RowValues(customer).ToArray());
        }
    }

    [Fact]
    public void CustomerItems_RowsOverSeveralParallelRanges_EachRowTheLineOrderSumsOfItsOwnLines()
    {
        // 5,000 customers: three ranges of 2,048 rows, the last one short, sorted and written on the pool's threads.
        var history = RandomHistory(9, customers: 5_000, linesEach: 12);
        var window = TrainingWindow.Before(history, history.LastTime.AddDays(-20));

        var built = InteractionMatrix.CustomerItems(history, window, halfLifeDays: 30);
        var expected = LineOrderSums.CustomerItems(history, window, halfLifeDays: 30);

        Assert.Equal(history.Customers.Count, built.Rows);
        Assert.True(built.Rows > 2 * 2_048);
        for (var customer = 0; customer < built.Rows; customer++)
        {
            Assert.Equal(expected[customer].Keys, built.RowIndices(customer).ToArray());
            Assert.Equal(expected[customer].Values, built.RowValues(customer).ToArray());
        }
    }

    [Fact]
    public void OrderItems_RandomHistory_HoldsEachOrdersDistinctItemsAscendingWithValueOne()
    {
        var history = RandomHistory(6, customers: 100, linesEach: 30);
        var lines = history.Purchases;

        var orders = InteractionMatrix.OrderItems(history, TrainingWindow.Whole(history));

        for (var order = 0; order < orders.Rows; order++)
        {
            var items = Enumerable.Range(0, lines.Count).Where(line => lines.Order[line] == order).Select(line => lines.Item[line]).Distinct().Order();
            Assert.Equal(items, orders.RowIndices(order).ToArray());
            Assert.All(orders.RowValues(order).ToArray(), value => Assert.Equal(1f, value));
        }
    }

    [Fact]
    public void CustomerItems_ManyLines_HoldsFourBytesASelectedLineBesideTheMatrix()
    {
        var history = RandomHistory(8, customers: 2000, linesEach: 50);
        var window = TrainingWindow.Whole(history);
        var longest = history.Purchases.Customer.CountBy(customer => customer).Max(pair => pair.Value);
        InteractionMatrix.CustomerItems(history, window, halfLifeDays: 30);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var matrix = InteractionMatrix.CustomerItems(history, window, halfLifeDays: 30);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The matrix itself, then the lines grouped by row (4 bytes each), the rows' ends and one row's sort keys; 64 KB
        // for whatever else the test thread allocates meanwhile. The sorted keys and weights were 12 bytes a line.
        var beside = allocated - ((4L * (matrix.Rows + 1)) + (8L * matrix.NonZeros));
        var lines = history.Purchases.Count;
        Assert.InRange(beside, 4L * lines, (4L * lines) + (4L * (matrix.Rows + 1)) + (8L * longest) + 65_536);
    }

    private static PurchaseHistory RandomHistory(int seed, int customers, int linesEach)
    {
        // Few items a customer, so most (customer, item) pairs are bought many times, at different ages.
        var random = new Random(seed);
        var builder = new PurchaseHistoryBuilder();
        var start = new DateTime(2025, 1, 1);
        for (var line = 0; line < customers * linesEach; line++)
        {
            var customer = random.Next(customers);
            var item = (customer + random.Next(6)) % 40;
            builder.AddPurchase($"c{customer}", $"i{item}", $"o{customer}-{random.Next(10)}", start.AddMinutes(random.Next(365 * 24 * 60)), 1, 1);
        }

        return builder.Build();
    }

    private static float Weight(CsrMatrix counts, int customer, int item)
    {
        var indices = counts.RowIndices(customer);
        return counts.RowValues(customer)[indices.IndexOf(item)];
    }
}
