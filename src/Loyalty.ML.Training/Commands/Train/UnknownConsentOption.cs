using System.CommandLine;
using Loyalty.ML.Offers.Rules;

namespace Loyalty.ML.Training.Commands.Train;

/// <summary>
/// <c>--unknown-consent granted|refused</c>: how a customer whose marketing consent is not recorded counts, over the offer
/// rules' <c>limits.unknown_consent_as_granted</c> (default: refused, so only service messages reach them).
/// </summary>
internal static class UnknownConsentOption
{
    public static Option<string?> Create() => new("--unknown-consent")
    {
        Description = "How customers whose marketing consent is not recorded count: refused (the default: service messages only) or granted; overrides the offer rules' limits.unknown_consent_as_granted.",
        HelpName = "refused|granted",
    };

    public static OfferRules Apply(ParseResult result, Option<string?> option, OfferRules rules) => result.GetValue(option) switch
    {
        null => rules,
        "granted" => rules with { Limits = rules.Limits with { UnknownConsentAsGranted = true } },
        "refused" => rules with { Limits = rules.Limits with { UnknownConsentAsGranted = false } },
        var other => throw new ArgumentException($"--unknown-consent: '{other}' is neither granted nor refused."),
    };
}
