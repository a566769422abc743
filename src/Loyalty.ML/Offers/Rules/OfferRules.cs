using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.Offers.Rules;

/// <summary>
/// The offer program's configuration: one rule per offer type, the program's limits and the defaults
/// for channel and validity. Loaded from JSON by <see cref="OfferRulesFile"/>; every default is here.
/// </summary>
public sealed record OfferRules
{
    /// <summary>Limits the program enforces on every customer's list.</summary>
    public ProgramLimits Limits { get; init; } = new();

    /// <summary>Channel used when the customer has no preferred channel.</summary>
    public string DefaultChannel { get; init; } = "email";

    /// <summary>Days an offer stays valid from the day it is made.</summary>
    public int ValidityDays { get; init; } = 14;

    /// <summary>Win-back offers for valuable customers at risk.</summary>
    public WinBackRule WinBack { get; init; } = new();

    /// <summary>Complements of recent purchases.</summary>
    public ItemOfferRule CrossSell { get; init; } = new() { Priority = 3, DiscountPercent = 5 };

    /// <summary>Higher tiers of what the customer buys, with a bonus.</summary>
    public ItemOfferRule UpSell { get; init; } = new() { Priority = 2, BonusValue = 50 };

    /// <summary>Reminders for items due again (a service message).</summary>
    public ItemOfferRule Replenishment { get; init; } = new() { Priority = 3 };

    /// <summary>Birthday bonus.</summary>
    public DateOfferRule Birthday { get; init; } = new() { Priority = 4, BonusValue = 200 };

    /// <summary>Sign-up anniversary bonus.</summary>
    public DateOfferRule Anniversary { get; init; } = new() { Priority = 2, BonusValue = 100 };

    /// <summary>Welcome offers for new customers.</summary>
    public NewCustomerRule NewCustomer { get; init; } = new();

    /// <summary>Privileges for champions.</summary>
    public VipRule Vip { get; init; } = new();

    /// <summary>Control groups held out of every campaign: the default share, and per campaign and per offer type.</summary>
    public HoldoutRules Holdout { get; init; } = new();

    /// <summary>Everything wrong with the configuration, one line each; empty when it is usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = Limits.Validate()
            .Concat(WinBack.Validate("win_back"))
            .Concat(CrossSell.Validate("cross_sell"))
            .Concat(UpSell.Validate("up_sell"))
            .Concat(Replenishment.Validate("replenishment"))
            .Concat(Birthday.Validate("birthday"))
            .Concat(Anniversary.Validate("anniversary"))
            .Concat(NewCustomer.Validate("new_customer"))
            .Concat(Vip.Validate("vip"))
            .Concat(Holdout.Validate())
            .ToList();
        if (string.IsNullOrWhiteSpace(DefaultChannel))
        {
            errors.Add("default_channel must not be empty");
        }

        if (ValidityDays is < 1 or > 365)
        {
            errors.Add("validity_days must be between 1 and 365");
        }

        return errors;
    }
}
