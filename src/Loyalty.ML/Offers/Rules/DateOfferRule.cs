namespace Loyalty.ML.Offers.Rules;

/// <summary>An offer sent within a window before a yearly date, valid until a week after it.</summary>
internal abstract class DateOfferRule : OfferRule
{
    /// <summary>Days before the date the offer starts; it stays valid until a week after the date.</summary>
    public int WindowDays { get; init; } = 14;

    internal override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (WindowDays is < 0 or > 180)
        {
            yield return $"{SettingsKey}.window_days must be between 0 and 180";
        }
    }

    /// <summary>The next occurrence of a yearly date on or after <paramref name="today"/>, when within <see cref="WindowDays"/>.</summary>
    internal DateOnly? NextWithin(DateOnly? date, DateOnly today)
    {
        if (date is not { } yearly)
        {
            return null;
        }

        var next = OnYear(yearly, today.Year);
        if (next < today)
        {
            next = OnYear(yearly, today.Year + 1);
        }

        return next.DayNumber - today.DayNumber <= WindowDays ? next : null;
    }

    // 29 February falls on 28 February in years without it.
    private static DateOnly OnYear(DateOnly date, int year) => new(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));
}
