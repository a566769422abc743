namespace Loyalty.ML.Offers;

/// <summary>
/// Enforces the program's limits on a customer's candidate offers, in this order: consent (without it
/// only service messages; unknown consent counts as refused unless <see cref="ProgramLimits.UnknownConsentAsGranted"/>),
/// the discount cap, the monthly bonus cap (a customer at the cap gets no further bonus offer; one that would cross it
/// is granted only what is left), then the number of offers per period, keeping the highest priorities. Says which
/// limits removed or cut something.
/// </summary>
internal static class OfferLimits
{
    public static OfferProposal Apply(IReadOnlyList<Offer> candidates, CustomerFacts customer, CustomerOfferState state, ProgramLimits limits)
    {
        var recorded = customer.Profile?.MarketingConsent;
        var consent = recorded ?? limits.UnknownConsentAsGranted;
        var noConsent = recorded is null ? LimitRemovals.ConsentUnknown : LimitRemovals.ConsentRefused;
        var bonusLeft = Math.Max(0, limits.MonthlyBonusCap - state.BonusThisMonth);
        var slots = Math.Max(0, limits.MaxOffersPerCustomer - state.OffersInPeriod);
        var accepted = new List<Offer>();
        var removed = LimitRemovals.None;
        foreach (var offer in candidates.OrderByDescending(offer => offer.Priority).ThenBy(offer => offer.Type))
        {
            if (!consent && !offer.IsServiceMessage)
            {
                removed |= noConsent;
                continue;
            }

            if (accepted.Count == slots)
            {
                removed |= LimitRemovals.OffersPerPeriod;
                continue;
            }

            var capped = offer with { DiscountPercent = Math.Min(offer.DiscountPercent, limits.MaxDiscountPercent) };
            removed |= capped.DiscountPercent < offer.DiscountPercent ? LimitRemovals.DiscountCapped : LimitRemovals.None;
            if (GrantsBonus(capped))
            {
                if (bonusLeft <= 0)
                {
                    removed |= LimitRemovals.MonthlyBonusCap;
                    continue;
                }

                capped = capped with { BonusValue = Math.Min(capped.BonusValue, bonusLeft) };
                bonusLeft -= capped.BonusValue;
            }

            accepted.Add(capped);
        }

        return new OfferProposal(accepted, candidates.Select(offer => offer.Type).Distinct().Count(), removed);
    }

    private static bool GrantsBonus(Offer offer) => offer.BonusValue > 0 || offer.BonusMultiplier > 1;
}
