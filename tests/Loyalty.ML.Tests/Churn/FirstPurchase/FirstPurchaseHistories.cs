using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Churn.FirstPurchase;

/// <summary>Histories for the first-purchase tests: a hand-made one and the same history cut at a day.</summary>
internal static class FirstPurchaseHistories
{
    /// <summary>
    /// Day 0 (Monday 2024-01-01): "a" (item X) comes back on day 10, "c" (X) on day 20, "b" (Y) and "d" (Y) never, "e" (X)
    /// on day 40; "f" first buys on day 25. Every basket is 2 × 10.
    /// </summary>
    public static PurchaseHistoryBuilder Hand()
    {
        var builder = new PurchaseHistoryBuilder();
        ChurnTestHistories.Order(builder, "a", 0, item: "X");
        ChurnTestHistories.Order(builder, "a", 10, item: "X");
        ChurnTestHistories.Order(builder, "b", 0, item: "Y");
        ChurnTestHistories.Order(builder, "c", 0, item: "X");
        ChurnTestHistories.Order(builder, "c", 20, item: "X");
        ChurnTestHistories.Order(builder, "d", 0, item: "Y");
        ChurnTestHistories.Order(builder, "e", 0, item: "X");
        ChurnTestHistories.Order(builder, "e", 40, item: "X");
        ChurnTestHistories.Order(builder, "f", 25, item: "Y");
        return builder;
    }

    /// <summary>The purchases and returns of <paramref name="history"/> on or before <paramref name="lastDay"/> (day 0: its first day).</summary>
    public static PurchaseHistory Until(PurchaseHistory history, int lastDay)
    {
        var origin = DateOnly.FromDateTime(history.FirstTime).DayNumber;
        var builder = new PurchaseHistoryBuilder();
        Copy(history.Purchases, history, builder, origin + lastDay, isReturn: false);
        Copy(history.Returns, history, builder, origin + lastDay, isReturn: true);
        return builder.Build();
    }

    private static void Copy(TransactionLines lines, PurchaseHistory history, PurchaseHistoryBuilder builder, int lastDayNumber, bool isReturn)
    {
        for (var line = 0; line < lines.Count; line++)
        {
            if (DateOnly.FromDateTime(lines.Time[line]).DayNumber > lastDayNumber)
            {
                continue;
            }

            var customer = history.Customers[lines.Customer[line]];
            var item = lines.Item[line] >= 0 ? history.Items[lines.Item[line]] : null;
            var order = $"o{lines.Order[line]}";
            if (isReturn)
            {
                builder.AddReturn(customer, item, "r" + order, lines.Time[line], lines.Quantity[line], lines.UnitPrice[line]);
            }
            else
            {
                builder.AddPurchase(customer, item, order, lines.Time[line], lines.Quantity[line], lines.UnitPrice[line]);
            }
        }
    }
}
