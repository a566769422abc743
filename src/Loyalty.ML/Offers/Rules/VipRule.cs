namespace Loyalty.ML.Offers.Rules;

/// <summary>VIP privileges for customers in <see cref="Segments"/>: early access and a bonus multiplier.</summary>
public sealed class VipRule : OfferRule
{
    /// <summary>RFM segments whose customers get the privilege.</summary>
    public IReadOnlyList<string> Segments { get; init; } = ["champions"];

    /// <summary>Multiplier on the bonus the customer earns while the privilege is valid.</summary>
    public double BonusMultiplier { get; init; } = 2;

    internal override IEnumerable<string> Validate(string name)
    {
        foreach (var error in base.Validate(name))
        {
            yield return error;
        }

        if (BonusMultiplier is < 1 or > 10)
        {
            yield return $"{name}.bonus_multiplier must be between 1 and 10";
        }
    }
}
