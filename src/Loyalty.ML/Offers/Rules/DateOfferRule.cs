namespace Loyalty.ML.Offers.Rules;

/// <summary>Birthday and anniversary: offers sent within a window before a yearly date.</summary>
public sealed class DateOfferRule : OfferRule
{
    /// <summary>Days before the date the offer starts; it stays valid until a week after the date.</summary>
    public int WindowDays { get; init; } = 14;

    internal override IEnumerable<string> Validate(string name)
    {
        foreach (var error in base.Validate(name))
        {
            yield return error;
        }

        if (WindowDays is < 0 or > 180)
        {
            yield return $"{name}.window_days must be between 0 and 180";
        }
    }
}
