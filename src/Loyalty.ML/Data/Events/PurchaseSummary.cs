namespace Loyalty.ML.Api.Events;

/// <summary>
/// What a customer's reported purchases add up to, returns left out: distinct orders, spend, first and last purchase
/// day, and the day of their latest line of any kind (a return included).
/// </summary>
internal sealed record ReportedPurchases(int Orders, double Spend, DateOnly FirstPurchase, DateOnly LastPurchase, DateOnly LatestDay)
{
    /// <summary>The summary of <paramref name="recent"/>, or null when it holds no purchase (returns alone are no order).</summary>
    public static ReportedPurchases? Of(CustomerEvents recent)
    {
        var purchases = recent.Purchases.Where(purchase => !purchase.IsReturn).ToList();
        return purchases.Count == 0
            ? null
            : new ReportedPurchases(
                purchases.Select(purchase => purchase.OrderId).Distinct(StringComparer.Ordinal).Count(),
                purchases.Sum(purchase => purchase.Quantity * purchase.UnitPrice),
                purchases.Min(purchase => purchase.Day),
                purchases.Max(purchase => purchase.Day),
                recent.Purchases.Max(purchase => purchase.Day));
    }
}
