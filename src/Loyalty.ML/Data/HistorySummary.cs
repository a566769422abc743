using Loyalty.ML.Core;

namespace Loyalty.ML.Data;

/// <summary>Size and time span of a loaded <see cref="PurchaseHistory"/>.</summary>
public sealed record HistorySummary(int Customers, int Items, int PurchaseLines, int ReturnLines, int Profiles, DateTime? FirstTime, DateTime? LastTime)
{
    /// <summary>Summarizes <paramref name="history"/>.</summary>
    public static HistorySummary Of(PurchaseHistory history) => new(
        history.Customers.Count,
        history.Items.Count,
        history.Purchases.Count,
        history.Returns.Count,
        history.Profiles?.Count ?? 0,
        history.Purchases.Count > 0 ? history.FirstTime : null,
        history.Purchases.Count > 0 ? history.LastTime : null);
}
