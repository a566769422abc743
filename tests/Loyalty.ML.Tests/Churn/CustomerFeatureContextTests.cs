using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Churn;

public sealed class CustomerFeatureContextTests
{
    private const int Horizon = 90;

    [Fact]
    public void Build_OneCustomersLinesAsOfTheLastDay_EqualsTheirBatchRow()
    {
        var history = HistoryWithReturnsAndCategories();
        var timeline = CustomerTimelineBuilder.Build(history);
        var batch = ChurnFeatureBuilder.Build(timeline, timeline.LastDay);
        var context = CustomerFeatureContext.Create(timeline, history.Catalog, timeline.LastDay, BuyTillYouDieFeatures.FitAndFill(batch, Horizon), Horizon);
        var returners = Enumerable.Range(0, history.Returns.Count).Select(line => history.Returns.Customer[line]).ToHashSet();
        var onePurchaseDay = Enumerable.Range(0, batch.Count).Where(row => batch.Summaries[row].Frequency == 0).Take(5);
        var withReturns = Enumerable.Range(0, batch.Count).Where(row => returners.Contains(batch.Customers[row])).Take(5);
        var regulars = Enumerable.Range(0, batch.Count).Where(row => batch.Summaries[row].Frequency >= 3).Take(5);
        var rows = onePurchaseDay.Concat(withReturns).Concat(regulars).ToList();
        Assert.Equal(15, rows.Count);

        foreach (var row in rows)
        {
            var customer = batch.Customers[row];
            var one = context.Build(LinesOf(history.Purchases, customer), LinesOf(history.Returns, customer), timeline.DateOf(timeline.LastDay));

            Assert.NotNull(one);
            Assert.Equal(1, one.Count);
            Assert.Equal(batch.Summaries[row], one.Summaries[0]);
            for (var feature = 0; feature < ChurnSnapshot.FeatureCount; feature++)
            {
                var (expected, actual) = (batch[row, (ChurnFeature)feature], one[0, (ChurnFeature)feature]);
                Assert.True(
                    Math.Abs(expected - actual) <= 1e-6 * Math.Max(1, Math.Abs(expected)),
                    $"{(ChurnFeature)feature} of customer {customer}: batch {expected}, one customer {actual}");
            }
        }
    }

    [Fact]
    public void Build_OneMoreLineOnALaterDay_ResetsRecencyAndCountsTheOrder()
    {
        var history = HistoryWithReturnsAndCategories();
        var (context, timeline) = Context(history);
        var customer = Enumerable.Range(0, history.Customers.Count).First(c => timeline.KnownAt(c, timeline.LastDay - 60) && timeline.OrderDay[timeline.OrderStart[c + 1] - 1] < timeline.LastDay - 60);
        var purchases = LinesOf(history.Purchases, customer);
        var returns = LinesOf(history.Returns, customer);
        var eventDay = timeline.DateOf(timeline.LastDay + 10);
        var before = context.Build(purchases, returns, eventDay)!;

        purchases.Add(customer, purchases.Item[0], order: int.MaxValue, eventDay.ToDateTime(new TimeOnly(12, 0)), 1, 5);
        var after = context.Build(purchases, returns, eventDay)!;

        Assert.InRange(before[0, ChurnFeature.RecencyDays], 71, float.MaxValue);
        Assert.Equal(0, after[0, ChurnFeature.RecencyDays]);
        Assert.Equal(before[0, ChurnFeature.Orders] + 1, after[0, ChurnFeature.Orders]);
        Assert.Equal(before[0, ChurnFeature.PurchaseDays] + 1, after[0, ChurnFeature.PurchaseDays]);
        Assert.Equal(before[0, ChurnFeature.Orders30] + 1, after[0, ChurnFeature.Orders30]);
        Assert.Equal(before[0, ChurnFeature.Spend] + 5, after[0, ChurnFeature.Spend], 3);
        Assert.Equal(before.Summaries[0].Frequency + 1, after.Summaries[0].Frequency);
        Assert.Equal(before[0, ChurnFeature.TenureDays], after[0, ChurnFeature.TenureDays]);
    }

    [Fact]
    public void Build_DayBeforeTheFirstPurchase_ReturnsNull()
    {
        var history = HistoryWithReturnsAndCategories();
        var (context, timeline) = Context(history);
        var customer = Enumerable.Range(0, history.Customers.Count).First(c => timeline.OrderDay[timeline.OrderStart[c]] > 0);
        var firstDay = timeline.OrderDay[timeline.OrderStart[customer]];

        var snapshot = context.Build(LinesOf(history.Purchases, customer), LinesOf(history.Returns, customer), timeline.DateOf(firstDay - 1));

        Assert.Null(snapshot);
    }

    [Fact]
    public void Build_ReportedPurchaseBeforeTheTrainingsFirstDay_SameRowAsFromAnEarlierOrigin()
    {
        var history = HistoryWithReturnsAndCategories();
        var (context, timeline) = Context(history);
        var customer = Enumerable.Range(0, history.Customers.Count).First(c => timeline.OrderStart[c + 1] - timeline.OrderStart[c] >= 2);
        var purchases = LinesOf(history.Purchases, customer);
        purchases.Add(customer, purchases.Item[0], order: int.MaxValue, timeline.Origin.AddDays(-40).ToDateTime(new TimeOnly(9, 0)), 1, 5);
        var returns = LinesOf(history.Returns, customer);
        var asOf = timeline.DateOf(timeline.LastDay);
        var earlier = CustomerFeatureContext.Restore(
            context.Origin.AddDays(-50), context.CutoffDay + 50, context.ItemCount, context.Items, context.Catalog, context.Purchases, context.HorizonDays);

        var shifted = context.Build(purchases, returns, asOf)!;
        var reference = earlier.Build(purchases, returns, asOf)!;

        Assert.Equal(reference.Summaries[0], shifted.Summaries[0]);
        Assert.Equal(reference.Row(0).ToArray(), shifted.Row(0).ToArray());
        Assert.Equal(timeline.LastDay + 40, shifted[0, ChurnFeature.TenureDays]);
        Assert.Equal(1, shifted[0, ChurnFeature.PresentAtDataStart]);
    }

    [Fact]
    public void Build_ItemUnknownAtTraining_Throws()
    {
        var history = HistoryWithReturnsAndCategories();
        var (context, timeline) = Context(history);
        var purchases = new TransactionLines();
        purchases.Add(0, context.ItemCount, 0, timeline.DateOf(timeline.LastDay).ToDateTime(TimeOnly.MinValue), 1, 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => context.Build(purchases, new TransactionLines(), timeline.DateOf(timeline.LastDay)));
    }

    private static (CustomerFeatureContext Context, CustomerTimeline Timeline) Context(PurchaseHistory history)
    {
        var timeline = CustomerTimelineBuilder.Build(history);
        var batch = ChurnFeatureBuilder.Build(timeline, timeline.LastDay);
        return (CustomerFeatureContext.Create(timeline, history.Catalog, timeline.LastDay, BuyTillYouDieFeatures.FitAndFill(batch, Horizon), Horizon), timeline);
    }

    /// <summary>A simulated history replayed with item categories and, for every fourth customer, a return the day after their first purchase.</summary>
    private static PurchaseHistory HistoryWithReturnsAndCategories()
    {
        var simulated = ChurnSimulatedData.History(customers: 300, withItems: true);
        var builder = new PurchaseHistoryBuilder();
        var lines = simulated.Purchases;
        var returned = new HashSet<int>();
        for (var line = 0; line < lines.Count; line++)
        {
            var customer = simulated.Customers[lines.Customer[line]];
            var item = simulated.Items[lines.Item[line]];
            builder.AddPurchase(customer, item, $"o{lines.Order[line]}", lines.Time[line], lines.Quantity[line], lines.UnitPrice[line]);
            if (lines.Customer[line] % 4 == 0 && returned.Add(lines.Customer[line]) && lines.Time[line].AddDays(1) <= simulated.LastTime)
            {
                builder.AddReturn(customer, item, $"r{lines.Order[line]}", lines.Time[line].AddDays(1), 1, lines.UnitPrice[line]);
            }
        }

        for (var item = 0; item < simulated.Items.Count; item++)
        {
            builder.AddCatalogItem(simulated.Items[item], name: null, category: $"c{item % 7}", price: null);
        }

        return builder.Build();
    }

    private static TransactionLines LinesOf(TransactionLines lines, int customer)
    {
        var copy = new TransactionLines();
        for (var line = 0; line < lines.Count; line++)
        {
            if (lines.Customer[line] == customer)
            {
                copy.Add(customer, lines.Item[line], lines.Order[line], lines.Time[line], lines.Quantity[line], lines.UnitPrice[line]);
            }
        }

        return copy;
    }
}
