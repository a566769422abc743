using System.Runtime.CompilerServices;
using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Rescoring;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Pipeline.Customers;

/// <summary>
/// Churn scores as of each customer's latest reported purchase: a customer who reported one since training is
/// re-scored with the trained model as of that day (recency reset, counts updated); everyone else keeps the published
/// score. One per loaded bundle; what it computes is kept per purchase set, which is replaced whole on every new
/// purchase, so each purchase costs one re-scoring however many requests read it.
/// </summary>
internal sealed class ChurnRefresh(IChurnScores? published, ChurnRescorer? rescorer)
{
    private readonly ConditionalWeakTable<IReadOnlyList<PurchaseEvent>, Rescored> _byPurchases = [];
    private readonly Lock _mergeGate = new();
    private MergedScores? _merged;

    /// <summary>The customer's current score (null when neither the model nor their purchases give one) and the day it is as of.</summary>
    public (ChurnScore? Score, DateOnly AsOf) Of(string customerId, IReadOnlyList<PurchaseEvent> purchases)
    {
        if (published is null)
        {
            return (null, default);
        }

        var rescored = Rescore(customerId, purchases);
        if (rescored?.Score is { } fresh)
        {
            return (fresh, rescored.AsOf);
        }

        return (published.TryGet(customerId, out var score) ? score : null, rescored?.AsOf ?? published.AsOf);
    }

    /// <summary>Every score, re-scored customers in their new place, highest probability first, ties by customer id.</summary>
    public IReadOnlyList<ChurnScore> ByRisk(IRecentEvents recent)
    {
        if (published is null)
        {
            return [];
        }

        if (recent.CustomersWithPurchases == 0)
        {
            return published.ByRisk;
        }

        var purchases = recent.Purchases;
        if (Volatile.Read(ref _merged) is { } last && ReferenceEquals(last.Events, recent) && last.Purchases == purchases)
        {
            return last.ByRisk;
        }

        lock (_mergeGate)
        {
            var fresh = recent.CustomerIdsWithPurchases().ToHashSet(StringComparer.Ordinal);
            var scores = published.ByRisk.Where(score => !fresh.Contains(score.CustomerId)).ToList();
            foreach (var customerId in fresh)
            {
                if (Of(customerId, recent.For(customerId).Purchases).Score is { } score)
                {
                    scores.Add(score);
                }
            }

            scores.Sort(ChurnScore.CompareByRisk);
            Volatile.Write(ref _merged, new MergedScores(recent, purchases, scores));
            return scores;
        }
    }

    private Rescored? Rescore(string customerId, IReadOnlyList<PurchaseEvent> purchases)
    {
        if (purchases.Count == 0 || rescorer is null || published is null)
        {
            return null;
        }

        return _byPurchases.GetValue(purchases, lines =>
        {
            var asOf = lines.Max(purchase => purchase.Day);
            asOf = asOf > published.AsOf ? asOf : published.AsOf;
            return new Rescored(rescorer.Rescore(customerId, lines, asOf), asOf);
        });
    }

    private sealed record Rescored(ChurnScore? Score, DateOnly AsOf);

    private sealed record MergedScores(IRecentEvents Events, long Purchases, IReadOnlyList<ChurnScore> ByRisk);
}
