namespace Loyalty.ML.Offers.Rules;

/// <summary>
/// Win-back: customers whose churn probability is at least <see cref="MinChurnProbability"/> and whose
/// CLV is at least <see cref="MinClv"/>. The discount grows from <see cref="OfferRule.DiscountPercent"/>
/// to <see cref="MaxDiscountPercent"/> with both risk (above the threshold) and value (up to <see cref="ClvForMaxDiscount"/>).
/// </summary>
public sealed class WinBackRule : OfferRule
{
    /// <summary>Creates the rule with its documented defaults.</summary>
    public WinBackRule()
    {
        Priority = 5;
        DiscountPercent = 10;
    }

    /// <summary>The type of its offers.</summary>
    public static OfferType OfferType { get; } = new("win_back");

    /// <summary>Lowest churn probability that qualifies.</summary>
    public double MinChurnProbability { get; init; } = 0.6;

    /// <summary>Lowest customer lifetime value that qualifies: win-back money goes to customers worth keeping.</summary>
    public double MinClv { get; init; } = 100;

    /// <summary>Discount for the riskiest, most valuable customers.</summary>
    public double MaxDiscountPercent { get; init; } = 25;

    /// <summary>CLV at which the value part of the discount is full.</summary>
    public double ClvForMaxDiscount { get; init; } = 2000;

    /// <summary>Discount for a customer with churn probability <paramref name="probability"/> and value <paramref name="clv"/>.</summary>
    public double DiscountFor(double probability, double clv)
    {
        var risk = MinChurnProbability >= 1 ? 1 : Math.Clamp((probability - MinChurnProbability) / (1 - MinChurnProbability), 0, 1);
        var value = Math.Clamp(clv / ClvForMaxDiscount, 0, 1);
        return DiscountPercent + ((MaxDiscountPercent - DiscountPercent) * risk * value);
    }

    internal override OfferType Type => OfferType;

    internal override IEnumerable<Offer> Propose(OfferContext context)
    {
        if (context.Customer.Churn is { } churn && churn.Probability >= MinChurnProbability && churn.Clv >= MinClv)
        {
            yield return context.Offer(this, [], Invariant($"churn risk {churn.Probability:P0} with lifetime value {churn.Clv:N0}"), churn.Probability, DiscountFor(churn.Probability, churn.Clv));
        }
    }

    internal override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (MinChurnProbability is < 0 or > 1)
        {
            yield return $"{SettingsKey}.min_churn_probability must be between 0 and 1";
        }

        if (MaxDiscountPercent < DiscountPercent || MaxDiscountPercent > 100)
        {
            yield return $"{SettingsKey}.max_discount_percent must be between discount_percent and 100";
        }

        if (ClvForMaxDiscount <= 0)
        {
            yield return $"{SettingsKey}.clv_for_max_discount must be positive";
        }
    }
}
