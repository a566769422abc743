namespace Loyalty.ML.Offers.Rules;

/// <summary>
/// The second-purchase nudge: a one-time buyer whose only order is <see cref="MinDaysSinceOrder"/> to
/// <see cref="MaxDaysSinceOrder"/> days old gets a discount on their second order, past the welcome window of the
/// new-customer rule and before they are lost. Off unless the offer-rules file switches it on
/// (<c>"second_purchase": { "enabled": true }</c>): a program opts into a new campaign.
/// </summary>
internal sealed class SecondPurchaseRule : OfferRule
{
    /// <summary>Creates the rule with its documented defaults.</summary>
    public SecondPurchaseRule()
    {
        Enabled = false;
        Priority = 3;
        DiscountPercent = 10;
    }

    /// <summary>The type of its offers.</summary>
    public static OfferType OfferType { get; } = new("second_purchase");

    /// <summary>Fewest days since the only order: by default the day after the new-customer rule's 60-day window.</summary>
    public int MinDaysSinceOrder { get; init; } = 61;

    /// <summary>Most days since the only order: older one-time buyers are left to win-back.</summary>
    public int MaxDaysSinceOrder { get; init; } = 180;

    internal override OfferType Type => OfferType;

    internal override IEnumerable<Offer> Propose(OfferContext context)
    {
        var days = context.Today.DayNumber - context.Customer.LastPurchase.DayNumber;
        if (context.Customer.Orders == 1 && days >= MinDaysSinceOrder && days <= MaxDaysSinceOrder)
        {
            yield return context.Offer(this, [], Invariant($"one order, {days} days ago: a reason for the second"));
        }
    }

    internal override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (MinDaysSinceOrder < 0 || MaxDaysSinceOrder < MinDaysSinceOrder || MaxDaysSinceOrder > 3650)
        {
            yield return $"{SettingsKey}.min_days_since_order must not be negative and max_days_since_order must be between it and 3650";
        }
    }
}
