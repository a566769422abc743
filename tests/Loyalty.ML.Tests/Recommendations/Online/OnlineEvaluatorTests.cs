using Loyalty.ML.Data.Events;
using Loyalty.ML.Data.Exposures;
using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.Tests.Recommendations.Online;

public sealed class OnlineEvaluatorTests
{
    private static readonly DateTimeOffset Served = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AsOf = Served.AddDays(30);

    [Fact]
    public void Evaluate_PurchasesAroundTheWindow_CountOnlyWithinItAndAfterTheList()
    {
        var purchases = Purchases(
            ("C1", "I2", Served.AddDays(3), 10),    // within: a hit
            ("C2", "I1", Served.AddHours(-1), 10),  // before the list
            ("C3", "I1", Served.AddDays(8), 10));   // after the window

        var figures = Single(OnlineEvaluator.Evaluate([List("C1"), List("C2"), List("C3")], purchases, new OnlineSettings(), AsOf));

        Assert.Equal(3, figures.Lists);
        Assert.Equal(1, figures.Hits);
        Assert.Equal(1.0 / 3, figures.HitRate!.Value, 12);
        Assert.Equal(1.0 / 9, figures.Precision!.Value, 12);
        Assert.Equal(10, figures.Revenue);
    }

    [Fact]
    public void Evaluate_ItemBeyondK_DoesNotCount()
    {
        var purchases = Purchases(("C1", "I3", Served.AddDays(1), 5), ("C2", "I1", Served.AddDays(1), 5));

        var figures = Single(OnlineEvaluator.Evaluate([List("C1"), List("C2")], purchases, new OnlineSettings { K = 2 }, AsOf));

        Assert.Equal(1, figures.Hits);
        Assert.Equal(0.25, figures.Precision!.Value, 12);
    }

    [Fact]
    public void Evaluate_ListInsideItsWindow_IsPendingNotCounted()
    {
        var purchases = Purchases(("C1", "I1", Served.AddDays(1), 5));

        var figures = Single(OnlineEvaluator.Evaluate([List("C1"), List("C2")], purchases, new OnlineSettings(), Served.AddDays(6)));

        Assert.Equal(0, figures.Lists);
        Assert.Equal(2, figures.PendingLists);
        Assert.Null(figures.HitRate);
    }

    [Fact]
    public void Evaluate_TwoListsNamingTheBoughtItem_AddItsRevenueOnceAndAHitEach()
    {
        var purchases = Purchases(("C1", "I1", Served.AddDays(2), 7), ("C2", "I9", Served.AddDays(2), 7));

        var figures = Single(OnlineEvaluator.Evaluate([List("C1"), List("C1", hours: 1), List("C2")], purchases, new OnlineSettings(), AsOf));

        Assert.Equal(2, figures.Hits);
        Assert.Equal(7, figures.Revenue);
        Assert.Equal(2, figures.Customers);
    }

    [Fact]
    public void Evaluate_SameListTwiceInARow_CountsOnce()
    {
        var twice = List("C1");

        var figures = Single(OnlineEvaluator.Evaluate([twice, twice, List("C2")], Purchases(), new OnlineSettings(), AsOf));

        Assert.Equal(2, figures.Lists);
    }

    [Fact]
    public void Evaluate_CustomerListsNotTogether_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => OnlineEvaluator.Evaluate([List("C1"), List("C2"), List("C1", hours: 2)], Purchases(), new OnlineSettings(), AsOf));

        Assert.Contains("C1", error.Message);
    }

    [Fact]
    public void Evaluate_VersionsKindsAndArms_AreCountedApart()
    {
        var lists = new[] { List("C1"), List("C1") with { Id = new ExposureId(1, 99), Kind = "cross-sell" }, List("C2") with { ModelVersion = "v2" } };

        var evaluation = OnlineEvaluator.Evaluate(lists, Purchases(("C2", "I1", Served.AddDays(1), 3)), new OnlineSettings(), AsOf, list => [list.ModelVersion == "v2" ? "b" : "a"]);

        Assert.Equal([("v2", "personal"), ("v1", "cross-sell"), ("v1", "personal")], evaluation.Groups.Select(group => (group.ModelVersion, group.Kind)));
        Assert.Equal(2, evaluation.Arms["a"].Lists);
        Assert.Equal(1, evaluation.Arms["b"].Hits);
    }

    [Fact]
    public void Evaluate_Returns_AreNotPurchasesFromAList()
    {
        var events = new[] { new PurchaseEvent("e1", "C1", "I1", -1, 5, Served.AddDays(1), "R1") };

        var figures = Single(OnlineEvaluator.Evaluate([List("C1"), List("C2")], CustomerPurchases.FromEvents(events, DateTimeOffset.MinValue), new OnlineSettings(), AsOf));

        Assert.Equal(0, figures.Hits);
    }

    private static ListFigures Single(OnlineEvaluation evaluation) => Assert.Single(evaluation.Groups).Figures;

    private static long _sequence;

    private static ServedList List(string customer, int hours = 0) =>
        new(new ExposureId(1, Interlocked.Increment(ref _sequence)), customer, "personal", "v1", ["I1", "I2", "I3"], Served.AddHours(hours));

    private static CustomerPurchases Purchases(params (string Customer, string Item, DateTimeOffset At, double Price)[] lines) =>
        CustomerPurchases.FromEvents(lines.Select((line, index) => new PurchaseEvent($"e{index}", line.Customer, line.Item, 1, line.Price, line.At, $"o{index}")), DateTimeOffset.MinValue);
}
