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
        var (hitRate, orders, pairs) = AlsoBoughtEvaluator.HitRate(
            TimeSplit.Create(history, split),
            item => item == x ? [new RankedItem(y, 1, AnswerSource.CoOccurrence)] : [new RankedItem(2, 1, AnswerSource.Popular)]);

        Assert.Equal((0.5, 1, 2), (hitRate, orders, pairs));
    }
}
