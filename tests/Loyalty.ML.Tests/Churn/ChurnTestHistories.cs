using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Churn;

/// <summary>Small hand-made histories for the churn tests; day 0 is 2024-01-01.</summary>
internal static class ChurnTestHistories
{
    public static readonly DateTime Start = new(2024, 1, 1, 10, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Adds one order of <paramref name="lines"/> lines on <paramref name="day"/>.</summary>
    public static void Order(PurchaseHistoryBuilder builder, string customer, int day, int lines = 1, string? item = "A", float price = 10)
    {
        var order = $"{customer}-{day}";
        for (var line = 0; line < lines; line++)
        {
            builder.AddPurchase(customer, item is null ? null : item + line, order, Start.AddDays(day), 2, price);
        }
    }

    /// <summary>Customer "a" orders on days 0, 10, 20, 40; "b" on day 5 only; "z" on day 200 (the last day).</summary>
    public static PurchaseHistoryBuilder Basic()
    {
        var builder = new PurchaseHistoryBuilder();
        foreach (var day in new[] { 0, 10, 20, 40 })
        {
            Order(builder, "a", day, lines: 2);
        }

        Order(builder, "b", 5);
        Order(builder, "z", 200);
        return builder;
    }
}
