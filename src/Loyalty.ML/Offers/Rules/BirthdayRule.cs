namespace Loyalty.ML.Offers.Rules;

/// <summary>A bonus in the window before the customer's birthday.</summary>
internal sealed class BirthdayRule : DateOfferRule
{
    /// <summary>Creates the rule with its documented defaults.</summary>
    public BirthdayRule()
    {
        Priority = 4;
        BonusValue = 200;
    }

    /// <summary>The type of its offers.</summary>
    public static OfferType OfferType { get; } = new("birthday");

    internal override OfferType Type => OfferType;

    internal override IEnumerable<Offer> Propose(OfferContext context)
    {
        if (NextWithin(context.Customer.Profile?.Birthday, context.Today) is { } birthday)
        {
            yield return context.Offer(this, [], Invariant($"birthday on {birthday:yyyy-MM-dd}"), until: birthday.AddDays(7));
        }
    }
}
