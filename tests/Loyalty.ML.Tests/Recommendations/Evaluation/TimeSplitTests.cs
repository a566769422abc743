using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Evaluation;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class TimeSplitTests
{
    private static readonly DateTime Split = new(2024, 3, 1);

    [Fact]
    public void Create_CustomersOnBothSides_RelevantAreOnlyItemsNewAfterTheSplit()
    {
        var history = History();

        var split = TimeSplit.Create(history, Split);

        var customer = Assert.Single(split.TestCustomers);
        Assert.Equal("both", history.Customers[customer]);
        Assert.Equal(["C"], split.Relevant[0].Select(item => history.Items[item]));
        Assert.False(split.KnownItems[Index(history, "C")]);
        Assert.True(split.KnownItems[Index(history, "A")]);
    }

    [Fact]
    public void Create_TestUntil_IgnoresLinesAfterTheValidationWindow()
    {
        var split = TimeSplit.Create(History(), Split, testUntil: Split.AddDays(5));

        Assert.Empty(split.TestCustomers);
    }

    [Fact]
    public void Create_MoreTestCustomersThanAllowed_RanksASeededSampleWithTheirOwnRelevantItems()
    {
        var builder = new PurchaseHistoryBuilder();
        for (var customer = 0; customer < 40; customer++)
        {
            builder.AddPurchase($"c{customer}", "A", $"b{customer}", Split.AddDays(-5), 1, 1);
            builder.AddPurchase($"c{customer}", $"new{customer}", $"a{customer}", Split.AddDays(5), 1, 1);
        }

        var history = builder.Build();

        var sampled = TimeSplit.Create(history, Split, maxTestCustomers: 10);

        Assert.Equal(40, sampled.EligibleTestCustomers);
        Assert.Equal(10, sampled.TestCustomers.Length);
        Assert.Equal(sampled.TestCustomers.Order(), sampled.TestCustomers);
        Assert.All(
            sampled.TestCustomers.Zip(sampled.Relevant),
            pair => Assert.Equal("new" + history.Customers[pair.First][1..], history.Items[Assert.Single(pair.Second)]));
        Assert.Equal(sampled.TestCustomers, TimeSplit.Create(history, Split, maxTestCustomers: 10).TestCustomers);
        Assert.Equal(40, TimeSplit.Create(history, Split).TestCustomers.Length);
    }

    [Fact]
    public void DefaultSplitTime_IsThirtyDaysBeforeTheLastPurchase()
    {
        Assert.Equal(new DateTime(2024, 2, 20, 12, 0, 0), TimeSplit.DefaultSplitTime(History()));
    }

    private static int Index(PurchaseHistory history, string item) => history.Items.TryGetIndex(item, out var index) ? index : -1;

    private static PurchaseHistory History()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("both", "A", "o1", Split.AddDays(-10), 1, 1);
        builder.AddPurchase("both", "B", "o1", Split.AddDays(-10), 1, 1);
        builder.AddPurchase("both", "A", "o2", Split.AddDays(10), 1, 1);
        builder.AddPurchase("both", "C", "o2", Split.AddDays(10), 1, 1);
        builder.AddPurchase("before-only", "B", "o3", Split.AddDays(-3), 1, 1);
        builder.AddPurchase("after-only", "A", "o4", Split.AddDays(20).AddHours(12), 1, 1);
        return builder.Build();
    }
}
