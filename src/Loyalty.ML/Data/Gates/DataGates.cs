using Loyalty.ML.Core;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Gates;

/// <summary>The sanity gates a loaded history must pass before anything is trained on it.</summary>
internal static class DataGates
{
    /// <summary>Every data gate, each under <paramref name="allowed"/>.</summary>
    public static IReadOnlyList<SanityGate> Check(PurchaseHistory history, DayMonthEvidence? dayMonth, IReadOnlySet<string> allowed) =>
    [
        LateLastDayGate.Check(history.Purchases).Under(allowed),
        AmbiguousDatesGate.Check(dayMonth).Under(allowed),
    ];
}
