namespace Loyalty.ML.SampleData.Simulation;

/// <summary>
/// A customer's lifecycle in days from the start of the history: acquired (first purchase), buying at
/// full pace, lapsing (buying at <see cref="LapseIntensity"/> of the pace) and churned from
/// <see cref="ChurnDay"/> on. Drawn first from the customer's random stream, so the sizing pass and
/// the writing pass see the same plan.
/// </summary>
internal readonly record struct CustomerPlan(double AcquiredDay, int ChurnDay, double LapseDay, double Weight, int Days)
{
    public const double LapseIntensity = 0.3;
    private const double MeanLifetimeDays = 700;
    private const double OneTimerShare = 0.1;

    /// <summary>Last moment (exclusive) the customer can buy within the history.</summary>
    public double StopDay => Math.Min(ChurnDay, Days);

    /// <summary>Days of buying at full pace the customer's activity amounts to within the history.</summary>
    public double EffectiveDays
    {
        get
        {
            var lapse = Math.Clamp(LapseDay, AcquiredDay, StopDay);
            return (lapse - AcquiredDay) + (LapseIntensity * (StopDay - lapse));
        }
    }

    public SampleLifecycle Lifecycle =>
        ChurnDay < Days ? SampleLifecycle.Churned
        : LapseDay < Days ? SampleLifecycle.Lapsing
        : SampleLifecycle.Active;

    public static CustomerPlan Draw(ref SampleRandom random, int days)
    {
        var acquired = random.Uniform(0, days - 1);
        var lifetime = random.Chance(OneTimerShare) ? random.Uniform(1, 20) : random.Exponential(MeanLifetimeDays);
        var churnDay = (int)Math.Min(Math.Floor(acquired + lifetime) + 1, int.MaxValue / 2);
        var lapseLength = Math.Min(lifetime, random.Uniform(45, 150));
        var weight = Math.Exp(0.8 * random.Normal());
        return new CustomerPlan(acquired, churnDay, churnDay - lapseLength, weight, days);
    }

    /// <summary>A moment of activity drawn in proportion to the pace: full before the lapse, reduced after.</summary>
    public double DrawActiveDay(ref SampleRandom random)
    {
        var lapse = Math.Clamp(LapseDay, AcquiredDay, StopDay);
        var u = random.NextDouble() * EffectiveDays;
        var full = lapse - AcquiredDay;
        var day = u < full ? AcquiredDay + u : lapse + ((u - full) / LapseIntensity);
        return Math.Min(day, Math.BitDecrement(StopDay));
    }
}
