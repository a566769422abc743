using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class AlsoBoughtEvaluatorTests
{
    private static readonly DateTime SplitTime = new(2024, 3, 1);

    [Fact]
    public void HitRate_HandMadeOrders_CountsEachItemOfMultiItemOrders()
    {
        var (history, x, y) = TwoTestOrders(secondOrderItems: ["Z"]);

        // X's list holds Y (hit); Y's list holds only Z (miss); the one-item order t2 is not evaluated.
        var score = AlsoBoughtEvaluator.HitRate(
            TimeSplit.Create(history, SplitTime),
            item => item == x ? [new RankedItem(y, 1, AnswerSource.CoOccurrence)] : [new RankedItem(2, 1, AnswerSource.Popular)]);

        Assert.Equal((0.5, 1, 2, 1), (score.HitRate, score.Orders, score.Pairs, score.EligibleOrders));
    }

    [Fact]
    public void HitRate_MoreOrdersThanTheCap_ScoresTheSameSeededSampleOfThemAndCountsAll()
    {
        var builder = new PurchaseHistoryBuilder();
        for (var order = 0; order < 30; order++)
        {
            builder.AddPurchase($"c{order}", $"A{order}", $"train{order}", SplitTime.AddDays(-1), 1, 1);
            builder.AddPurchase($"c{order}", $"A{order}", $"t{order}", SplitTime.AddDays(1), 1, 1);
            builder.AddPurchase($"c{order}", $"B{order}", $"t{order}", SplitTime.AddDays(1), 1, 1);
        }

        var evaluation = TimeSplit.Create(builder.Build(), SplitTime);
        var asked = new List<int>();
        List<RankedItem>[] Tops(int[] items)
        {
            lock (asked)
            {
                asked.AddRange(items);
            }

            return Array.ConvertAll(items, _ => new List<RankedItem>());
        }

        var score = AlsoBoughtEvaluator.HitRate(evaluation, Tops, threads: 1, maxOrders: 10);
        var again = AlsoBoughtEvaluator.HitRate(evaluation, Tops, threads: 1, maxOrders: 10);

        Assert.Equal((10, 20, 30), (score.Orders, score.Pairs, score.EligibleOrders));
        Assert.Equal(40, asked.Count);
        Assert.Equal(asked[..20].Order(), asked[20..].Order());
        var listed = AlsoBoughtEvaluator.Asked(evaluation, maxOrders: 10);
        Assert.Equal(asked[..20].Order(), Enumerable.Range(0, listed.Length).Where(item => listed[item]));
    }

    [Fact]
    public void HitRate_OrdersAsClusters_GivesTheRatioEstimatorsStdError()
    {
        var (history, x, y) = TwoTestOrders(secondOrderItems: ["Z", "W"]);

        // Order t1 hits twice of 2, t2 never: rate 0.5; residuals ±1 → sqrt(2 / (2·1)) / 2 pairs = 0.5.
        var score = AlsoBoughtEvaluator.HitRate(
            TimeSplit.Create(history, SplitTime),
            item => item == x ? [new RankedItem(y, 1, AnswerSource.CoOccurrence)] : item == y ? [new RankedItem(x, 1, AnswerSource.CoOccurrence)] : []);

        Assert.Equal((0.5, 0.5), (score.HitRate, score.StdError));
    }

    [Fact]
    public void HitRates_TwoMethodsInOnePass_EachAsItsOwnHitRate()
    {
        var (history, x, y) = TwoTestOrders(secondOrderItems: ["Z", "W"]);
        var split = TimeSplit.Create(history, SplitTime);
        List<RankedItem> First(int item) => item == x ? [new RankedItem(y, 1, AnswerSource.CoOccurrence)] : [];
        List<RankedItem> Second(int item) => item == y ? [new RankedItem(x, 1, AnswerSource.CoOccurrence)] : [new RankedItem(item == x ? y : x, 1, AnswerSource.Popular)];

        var both = AlsoBoughtEvaluator.HitRates(split, 2, items => [Array.ConvertAll(items, First), Array.ConvertAll(items, Second)], threads: 2);

        Assert.Equal(AlsoBoughtEvaluator.HitRate(split, First), both[0]);
        Assert.Equal(AlsoBoughtEvaluator.HitRate(split, Second), both[1]);
        Assert.NotEqual(both[0].HitRate, both[1].HitRate);
    }

    // Customer a bought X before the split and X with Y in test order t1; customer b bought secondOrderItems in t2.
    private static (PurchaseHistory History, int X, int Y) TwoTestOrders(string[] secondOrderItems)
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("a", "X", "train", SplitTime.AddDays(-1), 1, 1);
        builder.AddPurchase("a", "X", "t1", SplitTime.AddDays(1), 1, 1);
        builder.AddPurchase("a", "Y", "t1", SplitTime.AddDays(1), 1, 1);
        foreach (var item in secondOrderItems)
        {
            builder.AddPurchase("b", item, "t2", SplitTime.AddDays(2), 1, 1);
        }

        var history = builder.Build();
        history.Items.TryGetIndex("X", out var x);
        history.Items.TryGetIndex("Y", out var y);
        return (history, x, y);
    }
}
