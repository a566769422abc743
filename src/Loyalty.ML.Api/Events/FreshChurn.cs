using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Loyalty.ML.Api.Apis;
using Loyalty.ML.Api.Contracts;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Churn;

namespace Loyalty.ML.Api.Events;

/// <summary>
/// Churn scores as of each customer's latest reported purchase: a customer who reported one since training is
/// re-scored with the trained model as of that day (recency reset, counts updated), segment included; everyone else
/// keeps the published score. One per request: it reads one overlay state throughout.
/// </summary>
internal sealed class FreshChurn(LoadedModel model, IChurnScores published, EventOverlay overlay)
{
    // Keyed by the customer's event set, which is replaced whole on every new event: one re-scoring per event.
    private static readonly ConditionalWeakTable<CustomerEvents, Rescored> ByEvents = [];
    private static readonly Lock MergeGate = new();
    private static MergedScores? _merged;

    /// <summary>The published scores' date: the response date of lists mixing published and re-scored customers.</summary>
    public DateOnly AsOf => published.AsOf;

    /// <summary>Days ahead the probabilities speak of.</summary>
    public int HorizonDays => published.HorizonDays;

    /// <summary>Every score, re-scored customers in their new place, highest probability first, ties by customer id.</summary>
    public IReadOnlyList<ChurnScore> ByRisk => overlay.CustomersWithPurchases == 0 ? published.ByRisk : Merged();

    /// <summary>The customer's current score: re-scored after reported purchases, else the published one.</summary>
    public bool TryGet(string customerId, [MaybeNullWhen(false)] out ChurnScore score)
    {
        if (Rescore(customerId) is { Score: { } fresh })
        {
            score = fresh;
            return true;
        }

        return published.TryGet(customerId, out score);
    }

    /// <summary>The day the customer's current score is as of.</summary>
    public DateOnly AsOfFor(string customerId) => Rescore(customerId)?.AsOf ?? published.AsOf;

    /// <summary>The API view of <paramref name="score"/>, with the customer's current segment.</summary>
    public ChurnScoreView View(ChurnScore score) => ChurnViews.View(score, SegmentOf(score.CustomerId));

    /// <summary>The customer's current segment name, or null.</summary>
    public string? SegmentOf(string customerId) => FreshSegments.Of(model, customerId, overlay.For(customerId))?.Segment;

    private Rescored? Rescore(string customerId)
    {
        var recent = overlay.For(customerId);
        if (recent.Purchases.Count == 0 || model.Bundle.Models.ChurnRescorer is not { } rescorer)
        {
            return null;
        }

        return ByEvents.GetValue(recent, events =>
        {
            var asOf = events.Purchases.Max(purchase => purchase.Day);
            asOf = asOf > published.AsOf ? asOf : published.AsOf;
            return new Rescored(rescorer.Rescore(customerId, events.Purchases, asOf), asOf);
        });
    }

    private IReadOnlyList<ChurnScore> Merged()
    {
        var purchases = overlay.Purchases;
        if (Volatile.Read(ref _merged) is { } last && last.Overlay == overlay && last.Purchases == purchases)
        {
            return last.ByRisk;
        }

        lock (MergeGate)
        {
            var fresh = overlay.CustomerIdsWithPurchases().ToHashSet(StringComparer.Ordinal);
            var scores = published.ByRisk.Where(score => !fresh.Contains(score.CustomerId)).ToList();
            foreach (var customerId in fresh)
            {
                if (TryGet(customerId, out var score))
                {
                    scores.Add(score);
                }
            }

            scores.Sort(ChurnScore.CompareByRisk);
            Volatile.Write(ref _merged, new MergedScores(overlay, purchases, scores));
            return scores;
        }
    }

    private sealed record Rescored(ChurnScore? Score, DateOnly AsOf);

    private sealed record MergedScores(EventOverlay Overlay, long Purchases, IReadOnlyList<ChurnScore> ByRisk);
}
