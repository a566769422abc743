using Loyalty.ML.Api.Serving;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Api.Events;

/// <summary>A customer's RFM segment with their reported purchases counted, as of the day of their latest one.</summary>
internal static class FreshSegments
{
    /// <summary>
    /// The segment the bundle holds, or, after reported purchases, the one their recency (0 on the day of the last),
    /// orders and spend earn against the training population. Null when there is neither.
    /// </summary>
    public static CustomerSegment? Of(LoadedModel model, string customerId, CustomerEvents recent)
    {
        var known = model.Bundle.Segments?.GetValueOrDefault(customerId);
        var purchases = recent.Purchases.Where(purchase => !purchase.IsReturn).ToList();
        if (purchases.Count == 0 || model.Bundle.Models.SegmentPopulation is not { } population)
        {
            return known;
        }

        var asOf = recent.Purchases.Max(purchase => purchase.Day);
        var lastPurchase = purchases.Max(purchase => purchase.Day);
        var orders = purchases.Select(purchase => purchase.OrderId).Distinct(StringComparer.Ordinal).Count();
        var spend = purchases.Sum(purchase => purchase.Quantity * purchase.UnitPrice);
        return population.Refresh(customerId, asOf.DayNumber - lastPurchase.DayNumber, orders, spend).ToSegment();
    }
}
