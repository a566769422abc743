using Loyalty.ML.Core;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Gates;

/// <summary>The sanity gates a loaded history must pass before anything is trained on it.</summary>
internal static class DataGates
{
    /// <summary>Every data gate, each under <paramref name="allowed"/>; a late line reported to the API is named by its store and event id.</summary>
    public static IReadOnlyList<SanityGate> Check(PurchaseHistory history, DayMonthEvidence? dayMonth, IReadOnlySet<string> allowed, EventsReport? events = null) =>
    [
        LateLastDayGate.Check(history.Purchases, events is null ? null : from => StoredEvents.DescribeFrom(events, from)).Under(allowed),
        AmbiguousDatesGate.Check(dayMonth).Under(allowed),
    ];
}
