using Loyalty.ML.Core;

namespace Loyalty.ML.Segmentation.Kpis;

/// <summary>Windows of the program KPIs, in whole calendar days counted back from the last date in the data.</summary>
public sealed record KpiOptions
{
    /// <summary>Default for both windows.</summary>
    public const int DefaultDays = 90;

    /// <summary>A customer is active when their last purchase is fewer than this many days before the as-of day.</summary>
    public int ActiveDays { get; init; } = DefaultDays;

    /// <summary>Length of the retention period (and of the window that makes someone a customer at a given time).</summary>
    public int PeriodDays { get; init; } = DefaultDays;

    /// <summary>Every window that is not positive, described for the person who set it; empty when both are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        SettingsCheck.Require(problems, ActiveDays >= 1, $"the active window must be at least 1 day, not {ActiveDays}");
        SettingsCheck.Require(problems, PeriodDays >= 1, $"the retention period must be at least 1 day, not {PeriodDays}");
        return problems;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming every window out of range.</summary>
    public void Validate() => SettingsCheck.ThrowIfAny("KPI options", Problems());
}
