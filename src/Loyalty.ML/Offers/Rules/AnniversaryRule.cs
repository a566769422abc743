namespace Loyalty.ML.Offers.Rules;

/// <summary>A bonus in the window before the anniversary of the customer's sign-up (or first purchase).</summary>
internal sealed class AnniversaryRule : DateOfferRule
{
    /// <summary>Creates the rule with its documented defaults.</summary>
    public AnniversaryRule()
    {
        Priority = 2;
        BonusValue = 100;
    }

    /// <summary>The type of its offers.</summary>
    public static OfferType OfferType { get; } = new("anniversary");

    internal override OfferType Type => OfferType;

    internal override IEnumerable<Offer> Propose(OfferContext context)
    {
        var joined = context.Customer.Profile?.SignupDate ?? context.Customer.FirstPurchase;
        if (NextWithin(joined, context.Today) is { } anniversary && anniversary.Year > joined.Year)
        {
            yield return context.Offer(this, [], Invariant($"{anniversary.Year - joined.Year} year(s) with us on {anniversary:yyyy-MM-dd}"), until: anniversary.AddDays(7));
        }
    }
}
