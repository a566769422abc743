namespace Loyalty.ML.Offers.Rules;

/// <summary>What every offer rule has: an on/off switch, its rank among offers, and what it gives.</summary>
public abstract class OfferRule
{
    /// <summary>Whether the rule proposes offers at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Rank weight: when limits cut the list, higher priorities stay.</summary>
    public double Priority { get; init; } = 1;

    /// <summary>Discount the offer gives, in percent (capped by the program's limit).</summary>
    public double DiscountPercent { get; init; }

    /// <summary>Bonus (cashback) value the offer grants (capped by the monthly limit).</summary>
    public double BonusValue { get; init; }

    internal virtual IEnumerable<string> Validate(string name)
    {
        if (Priority < 0)
        {
            yield return $"{name}.priority must not be negative";
        }

        if (DiscountPercent is < 0 or > 100)
        {
            yield return $"{name}.discount_percent must be between 0 and 100";
        }

        if (BonusValue < 0)
        {
            yield return $"{name}.bonus_value must not be negative";
        }
    }
}
