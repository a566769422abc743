namespace Loyalty.ML.Kpis;

/// <summary>Windows of the program KPIs, in whole calendar days counted back from the last date in the data.</summary>
public sealed record KpiOptions
{
    /// <summary>Default for both windows.</summary>
    public const int DefaultDays = 90;

    /// <summary>A customer is active when their last purchase is fewer than this many days before the as-of day.</summary>
    public int ActiveDays { get; init; } = DefaultDays;

    /// <summary>Length of the retention period (and of the window that makes someone a customer at a given time).</summary>
    public int PeriodDays { get; init; } = DefaultDays;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a window is not positive.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ActiveDays, 1, nameof(ActiveDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(PeriodDays, 1, nameof(PeriodDays));
    }
}
