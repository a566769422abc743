using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

/// <summary>
/// Three customers over six days: a and b with two baskets each (a last basket to hold out), c with one.
/// </summary>
internal static class SplitTestHistory
{
    public static readonly DateTime Day = new(2024, 3, 1);

    public static PurchaseHistory TwoBasketsEachButOne()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("a", "X", "a1", Day, 1, 1);
        builder.AddPurchase("a", "Y", "a2", Day.AddDays(3), 1, 1);
        builder.AddPurchase("b", "X", "b1", Day.AddDays(1), 1, 1);
        builder.AddPurchase("b", "Z", "b2", Day.AddDays(5), 1, 1);
        builder.AddPurchase("c", "Z", "c1", Day.AddDays(2), 1, 1);
        return builder.Build();
    }
}
