namespace Loyalty.ML.Offers.Rules;

/// <summary>New-customer nurture: customers within <see cref="MaxTenureDays"/> of their first order with at most <see cref="MaxOrders"/> orders.</summary>
public sealed class NewCustomerRule : OfferRule
{
    /// <summary>Creates the rule with its documented defaults.</summary>
    public NewCustomerRule()
    {
        Priority = 4;
        DiscountPercent = 10;
    }

    /// <summary>Days since the first purchase within which a customer counts as new.</summary>
    public int MaxTenureDays { get; init; } = 60;

    /// <summary>Orders up to which a customer counts as new.</summary>
    public int MaxOrders { get; init; } = 1;

    internal override IEnumerable<string> Validate(string name)
    {
        foreach (var error in base.Validate(name))
        {
            yield return error;
        }

        if (MaxTenureDays < 0 || MaxOrders < 1)
        {
            yield return $"{name}.max_tenure_days must not be negative and max_orders must be at least 1";
        }
    }
}
