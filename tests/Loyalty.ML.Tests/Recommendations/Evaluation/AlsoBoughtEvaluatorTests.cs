using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class AlsoBoughtEvaluatorTests
{
    [Fact]
    public void HitRate_HandMadeOrders_CountsEachItemOfMultiItemOrders()
    {
        var split = new DateTime(2024, 3, 1);
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("a", "X", "train", split.AddDays(-1), 1, 1);
        builder.AddPurchase("a", "X", "t1", split.AddDays(1), 1, 1);
        builder.AddPurchase("a", "Y", "t1", split.AddDays(1), 1, 1);
        builder.AddPurchase("b", "Z", "t2", split.AddDays(2), 1, 1);
        var history = builder.Build();
        history.Items.TryGetIndex("X", out var x);
        history.Items.TryGetIndex("Y", out var y);

        // X's list holds Y (hit); Y's list holds only Z (miss); the one-item order t2 is not evaluated.
        var score = AlsoBoughtEvaluator.HitRate(
            TimeSplit.Create(history, split),
            item => item == x ? [new RankedItem(y, 1, AnswerSource.CoOccurrence)] : [new RankedItem(2, 1, AnswerSource.Popular)]);

        Assert.Equal((0.5, 1, 2, 1), (score.HitRate, score.Orders, score.Pairs, score.EligibleOrders));
    }

    [Fact]
    public void HitRate_MoreOrdersThanTheCap_ScoresTheSameSeededSampleOfThemAndCountsAll()
    {
        var split = new DateTime(2024, 3, 1);
        var builder = new PurchaseHistoryBuilder();
        for (var order = 0; order < 30; order++)
        {
            builder.AddPurchase($"c{order}", $"A{order}", $"train{order}", split.AddDays(-1), 1, 1);
            builder.AddPurchase($"c{order}", $"A{order}", $"t{order}", split.AddDays(1), 1, 1);
            builder.AddPurchase($"c{order}", $"B{order}", $"t{order}", split.AddDays(1), 1, 1);
        }

        var evaluation = TimeSplit.Create(builder.Build(), split);
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
    }

    [Fact]
    public void HitRate_OrdersAsClusters_GivesTheRatioEstimatorsStdError()
    {
        var split = new DateTime(2024, 3, 1);
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("a", "X", "train", split.AddDays(-1), 1, 1);
        builder.AddPurchase("a", "X", "t1", split.AddDays(1), 1, 1);
        builder.AddPurchase("a", "Y", "t1", split.AddDays(1), 1, 1);
        builder.AddPurchase("b", "Z", "t2", split.AddDays(2), 1, 1);
        builder.AddPurchase("b", "W", "t2", split.AddDays(2), 1, 1);
        var history = builder.Build();
        history.Items.TryGetIndex("X", out var x);
        history.Items.TryGetIndex("Y", out var y);

        // Order t1 hits twice of 2, t2 never: rate 0.5; residuals ±1 → sqrt(2 / (2·1)) / 2 pairs = 0.5.
        var score = AlsoBoughtEvaluator.HitRate(
            TimeSplit.Create(history, split),
            item => item == x ? [new RankedItem(y, 1, AnswerSource.CoOccurrence)] : item == y ? [new RankedItem(x, 1, AnswerSource.CoOccurrence)] : []);

        Assert.Equal((0.5, 0.5), (score.HitRate, score.StdError));
    }
}
