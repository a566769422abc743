namespace Loyalty.ML.Offers.Rules;

/// <summary>New-customer nurture: customers within <see cref="MaxTenureDays"/> of their first order with at most <see cref="MaxOrders"/> orders.</summary>
internal sealed class NewCustomerRule : OfferRule
{
    /// <summary>Creates the rule with its documented defaults.</summary>
    public NewCustomerRule()
    {
        Priority = 4;
        DiscountPercent = 10;
    }

    /// <summary>The type of its offers.</summary>
    public static OfferType OfferType { get; } = new("new_customer_nurture");

    /// <summary>Days since the first purchase within which a customer counts as new.</summary>
    public int MaxTenureDays { get; init; } = 60;

    /// <summary>Orders up to which a customer counts as new.</summary>
    public int MaxOrders { get; init; } = 1;

    internal override OfferType Type => OfferType;

    internal override string SettingsKey => "new_customer";

    internal override IEnumerable<Offer> Propose(OfferContext context)
    {
        var tenureDays = context.Today.DayNumber - context.Customer.FirstPurchase.DayNumber;
        if (tenureDays <= MaxTenureDays && context.Customer.Orders <= MaxOrders)
        {
            yield return context.Offer(this, [], Invariant($"new customer: first order {tenureDays} days ago"));
        }
    }

    internal override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (MaxTenureDays < 0 || MaxOrders < 1)
        {
            yield return $"{SettingsKey}.max_tenure_days must not be negative and max_orders must be at least 1";
        }
    }
}
