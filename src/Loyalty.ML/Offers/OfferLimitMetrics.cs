using System.Text.Json.Serialization;

namespace Loyalty.ML.Offers;

/// <summary>
/// What the program's limits did to the offers (<c>offers.limits</c> in metrics.json, the summary, the report and the
/// offer export): customers by marketing consent, and how many customers each limit took an offer from.
/// </summary>
/// <param name="ConsentGranted">Customers who gave marketing consent.</param>
/// <param name="ConsentRefused">Customers who refused it.</param>
/// <param name="ConsentUnknown">Customers whose consent is not recorded (no customers file, or no consent column).</param>
/// <param name="UnknownConsentCountsAs"><c>granted</c> or <c>refused</c>: how unknown consent was treated (<c>limits.unknown_consent_as_granted</c>).</param>
/// <param name="QualifyingCustomers">Customers the rules qualified for at least one offer, before the limits.</param>
/// <param name="RemovedByConsentRefused">Customers who lost a marketing offer because they refused consent.</param>
/// <param name="RemovedByConsentUnknown">Customers who lost a marketing offer because their consent is unknown.</param>
/// <param name="RemovedByMonthlyBonusCap">Customers who lost a bonus offer to the monthly bonus cap.</param>
/// <param name="RemovedByOffersPerPeriod">Customers who lost an offer to the most offers per period.</param>
/// <param name="DiscountCapped">Customers with a discount cut to the largest allowed (the offer kept).</param>
/// <param name="QualifiedButNone">Customers who qualified for an offer and got none after the limits.</param>
public sealed record OfferLimitMetrics(
    [property: JsonPropertyName("consent_granted")] double ConsentGranted,
    [property: JsonPropertyName("consent_refused")] double ConsentRefused,
    [property: JsonPropertyName("consent_unknown")] double ConsentUnknown,
    [property: JsonPropertyName("unknown_consent_counts_as")] string UnknownConsentCountsAs,
    [property: JsonPropertyName("qualifying_customers")] double QualifyingCustomers,
    [property: JsonPropertyName("removed_by_consent_refused")] double RemovedByConsentRefused,
    [property: JsonPropertyName("removed_by_consent_unknown")] double RemovedByConsentUnknown,
    [property: JsonPropertyName("removed_by_monthly_bonus_cap")] double RemovedByMonthlyBonusCap,
    [property: JsonPropertyName("removed_by_offers_per_period")] double RemovedByOffersPerPeriod,
    [property: JsonPropertyName("discount_capped")] double DiscountCapped,
    [property: JsonPropertyName("qualified_but_none")] double QualifiedButNone)
{
    /// <summary>The lines a person reads: consent as recorded, then each limit with the customers it took an offer from.</summary>
    public IReadOnlyList<string> Lines()
    {
        var unknownNote = ConsentUnknown > 0
            ? $" (unknown counts as {UnknownConsentCountsAs}: set limits.unknown_consent_as_granted in the offer rules, or --unknown-consent, to change it)"
            : string.Empty;
        return
        [
            Invariant($"marketing consent: {ConsentGranted:N0} granted, {ConsentRefused:N0} refused, {ConsentUnknown:N0} unknown{unknownNote}"),
            Invariant($"limits took offers from: {RemovedByConsentRefused:N0} customers (consent refused), {RemovedByConsentUnknown:N0} (consent unknown), {RemovedByMonthlyBonusCap:N0} (monthly bonus cap), {RemovedByOffersPerPeriod:N0} (offers per period); discounts cut for {DiscountCapped:N0}; {QualifiedButNone:N0} of {QualifyingCustomers:N0} qualifying customers are left with no offer"),
        ];
    }

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
