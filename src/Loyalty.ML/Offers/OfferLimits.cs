namespace Loyalty.ML.Offers;

/// <summary>
/// Enforces the program's limits on a customer's candidate offers, in this order: consent (without it
/// only service messages), the discount cap, the monthly bonus cap (a customer at the cap gets no
/// further bonus offer; one that would cross it is granted only what is left), then the number of
/// offers per period, keeping the highest priorities.
/// </summary>
internal static class OfferLimits
{
    public static IReadOnlyList<Offer> Apply(IEnumerable<Offer> candidates, CustomerFacts customer, CustomerOfferState state, ProgramLimits limits)
    {
        var consent = customer.Profile?.MarketingConsent ?? limits.UnknownConsentAsGranted;
        var bonusLeft = Math.Max(0, limits.MonthlyBonusCap - state.BonusThisMonth);
        var slots = Math.Max(0, limits.MaxOffersPerCustomer - state.OffersInPeriod);
        var accepted = new List<Offer>();
        foreach (var offer in candidates.OrderByDescending(offer => offer.Priority).ThenBy(offer => offer.Type))
        {
            if (accepted.Count == slots)
            {
                break;
            }

            if (!consent && !offer.IsServiceMessage)
            {
                continue;
            }

            var capped = offer with { DiscountPercent = Math.Min(offer.DiscountPercent, limits.MaxDiscountPercent) };
            if (GrantsBonus(capped))
            {
                if (bonusLeft <= 0)
                {
                    continue;
                }

                capped = capped with { BonusValue = Math.Min(capped.BonusValue, bonusLeft) };
                bonusLeft -= capped.BonusValue;
            }

            accepted.Add(capped);
        }

        return accepted;
    }

    private static bool GrantsBonus(Offer offer) => offer.BonusValue > 0 || offer.BonusMultiplier > 1;
}
