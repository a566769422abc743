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
        if (ReportedPurchases.Of(recent) is not { } reported || model.Bundle.Models.SegmentPopulation is not { } population)
        {
            return known;
        }

        return population.Refresh(customerId, reported.LatestDay.DayNumber - reported.LastPurchase.DayNumber, reported.Orders, reported.Spend).ToSegment();
    }
}
