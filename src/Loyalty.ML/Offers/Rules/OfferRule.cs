using System.Globalization;

namespace Loyalty.ML.Offers.Rules;

/// <summary>
/// One kind of offer as one unit: the settings it reads from its section of the offer-rules file (every rule has an
/// on/off switch, its rank among offers and what it gives), the offers it proposes from a customer's facts, and the
/// checks of its own settings. Registered once, in <see cref="OfferRuleRegistry"/>; the engine, the file, holdouts,
/// metrics, exports and the API read the registry, so a new rule is one file, its test and one line there.
/// </summary>
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

    /// <summary>The type the rule's offers carry.</summary>
    internal abstract OfferType Type { get; }

    /// <summary>The rule's section in the offer-rules file: its type's name unless it says otherwise.</summary>
    internal virtual string SettingsKey => Type.Name;

    /// <summary>True for a service message, which goes out without marketing consent.</summary>
    internal virtual bool IsServiceMessage => false;

    /// <summary>The offers the rule makes the customer of <paramref name="context"/>: none when they do not qualify.</summary>
    internal abstract IEnumerable<Offer> Propose(OfferContext context);

    /// <summary>Everything wrong with the rule's settings, one line each, named under its <see cref="SettingsKey"/>.</summary>
    internal virtual IEnumerable<string> Validate()
    {
        if (Priority < 0)
        {
            yield return $"{SettingsKey}.priority must not be negative";
        }

        if (DiscountPercent is < 0 or > 100)
        {
            yield return $"{SettingsKey}.discount_percent must be between 0 and 100";
        }

        if (BonusValue < 0)
        {
            yield return $"{SettingsKey}.bonus_value must not be negative";
        }
    }

    /// <summary>Text with numbers and dates written the same on every machine.</summary>
    protected static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
