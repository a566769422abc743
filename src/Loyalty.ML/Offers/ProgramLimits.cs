namespace Loyalty.ML.Offers;

/// <summary>Limits the loyalty program must respect whatever the rules propose.</summary>
public sealed record ProgramLimits
{
    /// <summary>Largest discount of any single offer, in percent.</summary>
    public double MaxDiscountPercent { get; init; } = 30;

    /// <summary>Most offers one customer receives in <see cref="PeriodDays"/>.</summary>
    public int MaxOffersPerCustomer { get; init; } = 3;

    /// <summary>Length of the period <see cref="MaxOffersPerCustomer"/> counts over.</summary>
    public int PeriodDays { get; init; } = 30;

    /// <summary>Most bonus (cashback) value one customer is granted in a calendar month, in the program's currency.</summary>
    public double MonthlyBonusCap { get; init; } = 1500;

    /// <summary>
    /// Whether a customer whose consent is unknown (no customers file) counts as consenting. Off by
    /// default: without recorded consent only service messages go out.
    /// </summary>
    public bool UnknownConsentAsGranted { get; init; }

    internal IEnumerable<string> Validate()
    {
        if (MaxDiscountPercent is < 0 or > 100)
        {
            yield return "limits.max_discount_percent must be between 0 and 100";
        }

        if (MaxOffersPerCustomer < 0)
        {
            yield return "limits.max_offers_per_customer must not be negative";
        }

        if (PeriodDays < 1)
        {
            yield return "limits.period_days must be at least 1";
        }

        if (MonthlyBonusCap < 0)
        {
            yield return "limits.monthly_bonus_cap must not be negative";
        }
    }
}
