using System.Text.Json.Serialization;
using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.Offers.Rules;

/// <summary>
/// The offer program's configuration: every registered rule with its settings, the program's limits, the defaults for
/// channel and validity, and the control groups. Loaded from JSON by <see cref="OfferRulesFile"/> (one section per
/// rule, under its settings key); every default is in the rules' own classes and here.
/// </summary>
[JsonConverter(typeof(OfferRulesConverter))]
public sealed record OfferRules
{
    /// <summary>Limits the program enforces on every customer's list.</summary>
    public ProgramLimits Limits { get; init; } = new();

    /// <summary>Channel used when the customer has no preferred channel.</summary>
    public string DefaultChannel { get; init; } = "email";

    /// <summary>Days an offer stays valid from the day it is made.</summary>
    public int ValidityDays { get; init; } = 14;

    /// <summary>Every registered rule with its settings, in registration order.</summary>
    public IReadOnlyList<OfferRule> Rules { get; init; } = OfferRuleRegistry.Defaults();

    /// <summary>Control groups held out of every campaign: the default share, and per campaign and per offer type.</summary>
    public HoldoutRules Holdout { get; init; } = new();

    /// <summary>The rule of type <typeparamref name="TRule"/> with its settings.</summary>
    internal TRule Rule<TRule>()
        where TRule : OfferRule => Rules.OfType<TRule>().Single();

    /// <summary>These rules with <paramref name="rule"/> in place of the registered rule of its type.</summary>
    internal OfferRules With(OfferRule rule) => this with { Rules = [.. Rules.Select(current => current.GetType() == rule.GetType() ? rule : current)] };

    /// <summary>Everything wrong with the configuration, one line each; empty when it is usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = Limits.Validate()
            .Concat(Rules.SelectMany(rule => rule.Validate()))
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
