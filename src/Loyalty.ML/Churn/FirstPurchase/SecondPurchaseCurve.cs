using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn.FirstPurchase;

/// <summary>
/// How soon customers come back after their first purchase day, as known at a cutoff: a Kaplan–Meier curve of the
/// days to the second purchase day over every customer known then (one without a second purchase day by the cutoff is
/// censored there), and per acquisition month a smoothed hazard ratio (observed ÷ expected second purchases).
/// </summary>
public sealed class SecondPurchaseCurve
{
    // Pseudo-counts pulling a small cohort's ratio towards 1 (the pooled curve).
    private const double CohortPrior = 5;

    // Days at the end of the observed curve whose mean hazard is carried beyond it.
    private const int TailDays = 60;

    /// <summary>Creates a curve from its saved parts.</summary>
    public SecondPurchaseCurve(double[] survival, IReadOnlyDictionary<int, double> cohortHazardRatio)
    {
        Survival = survival;
        CohortHazardRatio = cohortHazardRatio;
    }

    /// <summary>Survival[d]: share of customers without a second purchase day d days after their first (Survival[0] = 1).</summary>
    public double[] Survival { get; }

    /// <summary>Hazard ratio of each acquisition month (<see cref="MonthOf"/>) against the pooled curve; 1 for a month not listed.</summary>
    public IReadOnlyDictionary<int, double> CohortHazardRatio { get; }

    /// <summary>The acquisition month of a first purchase on <paramref name="date"/>: months since January of year 0.</summary>
    public static int MonthOf(DateOnly date) => date.Year * 12 + date.Month - 1;

    /// <summary>
    /// P(a second purchase day within <paramref name="horizonDays"/>) for a customer acquired in <paramref name="month"/>
    /// who has gone <paramref name="daysSinceFirst"/> days without one: 1 − (S(s + H) ÷ S(s))^ratio.
    /// </summary>
    public double ReturnChance(int month, int daysSinceFirst, int horizonDays)
    {
        var now = SurvivalAt(daysSinceFirst);
        if (now <= 0)
        {
            return 0;
        }

        var ratio = CohortHazardRatio.TryGetValue(month, out var value) ? value : 1;
        return 1 - Math.Pow(SurvivalAt(daysSinceFirst + horizonDays) / now, ratio);
    }

    /// <summary>The curve of the customers known at <paramref name="cutoff"/>, from their purchases on or before it.</summary>
    public static SecondPurchaseCurve Build(CustomerTimeline timeline, int cutoff)
    {
        var followUp = Math.Max(cutoff + 1, 1);
        var events = new int[followUp + 1];
        var exits = new int[followUp + 1];
        var durations = new List<(int Month, int Days, bool Returned)>();
        for (var customer = 0; customer < timeline.CustomerCount; customer++)
        {
            if (!timeline.KnownAt(customer, cutoff))
            {
                continue;
            }

            var (firstDay, secondDay) = FirstTwoPurchaseDays(timeline, customer, cutoff);
            var returned = secondDay is not null;
            var days = (secondDay ?? cutoff) - firstDay;
            durations.Add((MonthOf(timeline.DateOf(firstDay)), days, returned));
            exits[days]++;
            if (returned)
            {
                events[days]++;
            }
        }

        var survival = new double[followUp + 1];
        var cumulativeHazard = new double[followUp + 1];
        var atRisk = durations.Count - exits[0];
        survival[0] = 1;
        for (var day = 1; day <= followUp; day++)
        {
            var hazard = atRisk > 0 ? (double)events[day] / atRisk : 0;
            survival[day] = survival[day - 1] * (1 - hazard);
            cumulativeHazard[day] = cumulativeHazard[day - 1] + hazard;
            atRisk -= exits[day];
        }

        var observed = new Dictionary<int, (double Observed, double Expected)>();
        foreach (var (month, days, returned) in durations)
        {
            var (o, e) = observed.GetValueOrDefault(month);
            observed[month] = (o + (returned ? 1 : 0), e + cumulativeHazard[days]);
        }

        var ratios = observed.ToDictionary(pair => pair.Key, pair => (pair.Value.Observed + CohortPrior) / (pair.Value.Expected + CohortPrior));
        return new SecondPurchaseCurve(Trim(survival, LastObservedDay(exits)), ratios);
    }

    /// <summary>The first purchase day on or before <paramref name="cutoff"/> and the next distinct one, if any.</summary>
    public static (int First, int? Second) FirstTwoPurchaseDays(CustomerTimeline timeline, int customer, int cutoff)
    {
        var start = timeline.OrderStart[customer];
        var end = CustomerTimeline.EndAsOf(timeline.OrderDay, start, timeline.OrderStart[customer + 1], cutoff);
        var first = timeline.OrderDay[start];
        for (var order = start + 1; order < end; order++)
        {
            if (timeline.OrderDay[order] > first)
            {
                return (first, timeline.OrderDay[order]);
            }
        }

        return (first, null);
    }

    private double SurvivalAt(int day)
    {
        var last = Survival.Length - 1;
        if (day <= last)
        {
            return Survival[Math.Max(day, 0)];
        }

        // Beyond the longest follow-up seen, the curve goes on at the mean hazard of its last days.
        var from = Math.Max(0, last - TailDays);
        var tailHazard = Survival[last] > 0 && last > from ? Math.Log(Survival[from] / Survival[last]) / (last - from) : 0;
        return Survival[last] * Math.Exp(-tailHazard * (day - last));
    }

    private static int LastObservedDay(int[] exits)
    {
        var last = exits.Length - 1;
        while (last > 0 && exits[last] == 0)
        {
            last--;
        }

        return last;
    }

    private static double[] Trim(double[] survival, int last) => survival[..(last + 1)];
}
