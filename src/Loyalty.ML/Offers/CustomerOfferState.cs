using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Offers;

/// <summary>Offers a customer already received: how many in the current limit period and the bonus value granted this month.</summary>
public sealed record CustomerOfferState(int OffersInPeriod, double BonusThisMonth)
{
    /// <summary>A customer who received nothing yet.</summary>
    public static CustomerOfferState None { get; } = new(0, 0);

    /// <summary>
    /// This count plus the reported offer events as of <paramref name="today"/>: issued offers count against the offers
    /// per period, every event's bonus value against the month's bonus cap.
    /// </summary>
    public CustomerOfferState With(IReadOnlyList<OfferEvent> reported, DateOnly today, ProgramLimits limits)
    {
        var periodStart = today.AddDays(-limits.PeriodDays);
        var issued = reported.Count(offer => offer.Action == OfferAction.Issued && offer.Day > periodStart && offer.Day <= today);
        var bonus = reported.Where(offer => offer.Day.Year == today.Year && offer.Day.Month == today.Month && offer.Day <= today).Sum(offer => offer.BonusValue);
        return new CustomerOfferState(OffersInPeriod + issued, BonusThisMonth + bonus);
    }
}
