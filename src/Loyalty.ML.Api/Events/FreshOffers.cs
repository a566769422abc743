using Loyalty.ML.Api.Serving;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Offers;

namespace Loyalty.ML.Api.Events;

/// <summary>What the offer rules and limits read of a customer, with their reported purchases and offer events counted.</summary>
internal static class FreshOffers
{
    /// <summary>
    /// The customer's facts with reported purchases added (last purchase, orders, average order value); a customer the
    /// model does not know gets facts from their purchases alone. Null when there is nothing to go on.
    /// </summary>
    public static CustomerFacts? Facts(string customerId, CustomerFacts? known, CustomerEvents recent)
    {
        if (ReportedPurchases.Of(recent) is not { } reported)
        {
            return known;
        }

        return known is null
            ? new CustomerFacts(customerId, reported.FirstPurchase, reported.LastPurchase, reported.Orders, reported.Spend / reported.Orders)
            : known with
            {
                LastPurchase = reported.LastPurchase > known.LastPurchase ? reported.LastPurchase : known.LastPurchase,
                Orders = known.Orders + reported.Orders,
                AverageOrderValue = ((known.AverageOrderValue * known.Orders) + reported.Spend) / (known.Orders + reported.Orders),
            };
    }

    /// <summary>
    /// <paramref name="facts"/> with the segment and churn score the offer rules read, both recomputed after reported
    /// purchases (a lapsed customer who just bought is no longer offered a win-back).
    /// </summary>
    public static CustomerFacts WithScores(LoadedModel model, CustomerFacts facts, EventOverlay overlay)
    {
        var scored = model.Bundle.Models.WithScores(facts);
        var recent = overlay.For(facts.CustomerId);
        if (recent.Purchases.Count == 0)
        {
            return scored;
        }

        return scored with
        {
            Segment = FreshSegments.Of(model, facts.CustomerId, recent)?.Segment,
            Churn = model.Bundle.Churn is { } churn && new FreshChurn(model, churn, overlay).TryGet(facts.CustomerId, out var score) ? score : scored.Churn,
        };
    }

    /// <summary>
    /// The ledger's count plus the reported offer events: issued offers count against the offers per period, every
    /// event's bonus value against the month's bonus cap.
    /// </summary>
    public static CustomerOfferState State(CustomerOfferState ledger, CustomerEvents recent, DateOnly today, ProgramLimits limits)
    {
        var periodStart = today.AddDays(-limits.PeriodDays);
        var issued = recent.Offers.Count(offer => offer.Action == OfferAction.Issued && offer.Day > periodStart && offer.Day <= today);
        var bonus = recent.Offers.Where(offer => offer.Day.Year == today.Year && offer.Day.Month == today.Month && offer.Day <= today).Sum(offer => offer.BonusValue);
        return new CustomerOfferState(ledger.OffersInPeriod + issued, ledger.BonusThisMonth + bonus);
    }
}
