namespace Loyalty.ML.Data.Events;

/// <summary>
/// What a customer's reported purchases add up to, returns left out: distinct orders, spend, first and last purchase
/// day, and the day of their latest line of any kind (a return included).
/// </summary>
public sealed record PurchaseSummary(int Orders, double Spend, DateOnly FirstPurchase, DateOnly LastPurchase, DateOnly LatestDay)
{
    /// <summary>The summary of <paramref name="recent"/>, or null when it holds no purchase (returns alone are no order).</summary>
    public static PurchaseSummary? Of(IReadOnlyList<PurchaseEvent> recent)
    {
        var purchases = recent.Where(purchase => !purchase.IsReturn).ToList();
        return purchases.Count == 0
            ? null
            : new PurchaseSummary(
                purchases.Select(purchase => purchase.OrderId).Distinct(StringComparer.Ordinal).Count(),
                purchases.Sum(purchase => purchase.Quantity * purchase.UnitPrice),
                purchases.Min(purchase => purchase.Day),
                purchases.Max(purchase => purchase.Day),
                recent.Max(purchase => purchase.Day));
    }
}
