using System.Runtime.CompilerServices;
using Loyalty.ML.Api.Churn;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Churn;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Export;

/// <summary>
/// Every customer's churn score as one model version and the events stored up to one sequence number make it: the
/// published score, or the re-scored one for a customer with purchases after the model's last day. Built from the
/// store, not the live overlay, so the same watermark gives the same rows however many events arrived since.
/// </summary>
internal sealed class ChurnSnapshot
{
    private static readonly ConditionalWeakTable<IChurnScores, string[]> SortedIds = [];
    private readonly ServedChurn _churn;

    private ChurnSnapshot(LoadedModel model, IChurnScores published, EventOverlay overlay, long eventSeq)
    {
        Model = model;
        Published = published;
        Overlay = overlay;
        Watermark = new ExportWatermark(model.Version, eventSeq);
        _churn = new ServedChurn(model, published, overlay);
    }

    /// <summary>The model the scores come from.</summary>
    public LoadedModel Model { get; }

    /// <summary>The model's published scores.</summary>
    public IChurnScores Published { get; }

    /// <summary>The purchases applied: those after the model's last day, up to the watermark.</summary>
    public EventOverlay Overlay { get; }

    /// <summary>What the snapshot is pinned to.</summary>
    public ExportWatermark Watermark { get; }

    /// <summary>The snapshot of <paramref name="model"/> with the purchases stored at or before <paramref name="eventSeq"/>.</summary>
    public static ChurnSnapshot At(LoadedModel model, IChurnScores published, string storePath, long eventSeq)
    {
        var overlay = new EventOverlay(model.Version, model.LastDay);
        foreach (var purchase in PurchaseLog.AfterDayUpTo(storePath, model.LastDay, eventSeq))
        {
            overlay.Apply(purchase);
        }

        return new ChurnSnapshot(model, published, overlay, eventSeq);
    }

    /// <summary>Every customer with a score: the model's and those known from their purchases alone.</summary>
    public IEnumerable<string> CustomerIds() => SortedIds.GetValue(Published, static scores =>
    {
        var ids = scores.ByRisk.Select(score => score.CustomerId).ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        return ids;
    }).Concat(Overlay.CustomerIdsWithPurchases().Where(id => !Published.TryGet(id, out _)));

    /// <summary>The customer's row, or null when neither the model nor the purchases give a usable score.</summary>
    public ChurnScoreView? Row(string customerId) =>
        _churn.TryGet(customerId, out var score) && BundleSanity.IsServable(score) ? _churn.View(score) : null;
}
