namespace Loyalty.ML.SampleData.Campaigns;

/// <summary>
/// A win-back campaign the generator plays into the history with a known effect: customers with no order in the
/// <see cref="LapseDays"/> before <see cref="Day"/> get a win-back offer; a treated one who would not have bought
/// within <see cref="WindowDays"/> buys then anyway with probability <see cref="Lift"/>. Control customers, and every
/// customer with <see cref="Lift"/> 0, live the history they would have lived.
/// </summary>
public sealed record SampleCampaign
{
    /// <summary>Default campaign name.</summary>
    public const string DefaultName = "winback-sim";

    /// <summary>The campaign's name in the assignments file.</summary>
    public string Name { get; init; } = DefaultName;

    /// <summary>The campaign day; default 90 days before the history's end, so 90 days of purchases follow it.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>Chance that a treated customer who would not have bought in the window buys there.</summary>
    public double Lift { get; init; } = 0.15;

    /// <summary>Days after the campaign day the effect acts in.</summary>
    public int WindowDays { get; init; } = 60;

    /// <summary>Days without an order before the campaign day that qualify a customer for win-back.</summary>
    public int LapseDays { get; init; } = 60;

    /// <summary>Share of qualifying customers held out.</summary>
    public double ControlShare { get; init; } = 0.1;

    /// <summary>Discount of the simulated offer, in percent, recorded with the assignments.</summary>
    public double DiscountPercent { get; init; } = 15;

    /// <summary>Days the simulated offer is valid.</summary>
    public int ValidityDays { get; init; } = 14;

    /// <summary>Every setting out of range, described; empty when all are valid.</summary>
    public IEnumerable<string> Problems()
    {
        if (Lift is < 0 or > 1)
        {
            yield return $"campaign lift must be 0–1, not {Lift}";
        }

        if (ControlShare is <= 0 or >= 1)
        {
            yield return $"campaign control share must be above 0 and below 1, not {ControlShare}";
        }

        if (WindowDays < 1 || LapseDays < 1 || ValidityDays < 1)
        {
            yield return "campaign window, lapse and validity days must be at least 1";
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return "campaign name must not be empty";
        }
    }
}
