using System.Diagnostics.CodeAnalysis;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Churn;
using Loyalty.ML.Pipeline.Customers;

namespace Loyalty.ML.Api.Churn;

/// <summary>
/// The served churn scores with the overlay's events counted, as the library's customer view gives them: a customer
/// who reported a purchase since training is re-scored as of that day, segment included; everyone else keeps the
/// published score. One per request: it reads one overlay throughout.
/// </summary>
internal sealed class ServedChurn(LoadedModel model, IChurnScores published, EventOverlay overlay)
{
    /// <summary>The published scores' date: the response date of lists mixing published and re-scored customers.</summary>
    public DateOnly AsOf => published.AsOf;

    /// <summary>Days ahead the probabilities speak of.</summary>
    public int HorizonDays => published.HorizonDays;

    /// <summary>Every score, re-scored customers in their new place, highest probability first, ties by customer id.</summary>
    public IReadOnlyList<ChurnScore> ByRisk => model.Bundle.Models.ChurnByRisk(overlay);

    /// <summary>The customer's current score: re-scored after reported purchases, else the published one.</summary>
    public bool TryGet(string customerId, [MaybeNullWhen(false)] out ChurnScore score)
    {
        score = For(customerId).Churn;
        return score is not null;
    }

    /// <summary>The day the customer's current score is as of.</summary>
    public DateOnly AsOfFor(string customerId) => For(customerId).ChurnAsOf;

    /// <summary>The API view of <paramref name="score"/>, with the customer's current segment.</summary>
    public ChurnScoreView View(ChurnScore score) => ChurnViews.View(score, SegmentOf(score.CustomerId));

    /// <summary>The customer's current segment name, or null.</summary>
    public string? SegmentOf(string customerId) => For(customerId).Segment?.Segment;

    private CustomerView For(string customerId) => model.Bundle.Models.ForCustomer(customerId, overlay.For(customerId));
}
