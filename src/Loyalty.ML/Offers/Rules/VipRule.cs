namespace Loyalty.ML.Offers.Rules;

/// <summary>VIP privileges for customers in <see cref="Segments"/>: early access and a bonus multiplier.</summary>
internal sealed class VipRule : OfferRule
{
    /// <summary>The type of its offers.</summary>
    public static OfferType OfferType { get; } = new("vip_privilege");

    /// <summary>RFM segments whose customers get the privilege.</summary>
    public IReadOnlyList<string> Segments { get; init; } = ["champions"];

    /// <summary>Multiplier on the bonus the customer earns while the privilege is valid.</summary>
    public double BonusMultiplier { get; init; } = 2;

    internal override OfferType Type => OfferType;

    internal override string SettingsKey => "vip";

    // A privilege, not a discount: the rule's discount is not given, its priority not weighted.
    internal override IEnumerable<Offer> Propose(OfferContext context)
    {
        if (context.Customer.Segment is { } segment && Segments.Contains(segment, StringComparer.OrdinalIgnoreCase))
        {
            yield return context.Offer(this, [], Invariant($"segment {segment}: early access and bonus ×{BonusMultiplier}"), discount: 0, bonusMultiplier: BonusMultiplier);
        }
    }

    internal override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (BonusMultiplier is < 1 or > 10)
        {
            yield return $"{SettingsKey}.bonus_multiplier must be between 1 and 10";
        }
    }
}
