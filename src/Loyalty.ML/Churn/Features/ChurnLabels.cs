namespace Loyalty.ML.Churn.Features;

/// <summary>Churn labels: a customer known at cutoff T has churned when they make no purchase on a day in (T, T + H].</summary>
internal static class ChurnLabels
{
    /// <summary>Label per snapshot row; throws when the window (T, T + H] runs past the last day of data.</summary>
    public static bool[] Build(CustomerTimeline timeline, ChurnSnapshot snapshot, int horizonDays)
    {
        var cutoff = snapshot.CutoffDay;
        if (cutoff + horizonDays > timeline.LastDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(snapshot),
                $"Cutoff {timeline.DateOf(cutoff):yyyy-MM-dd} + {horizonDays} days runs past the last day of data ({timeline.DateOf(timeline.LastDay):yyyy-MM-dd}): its labels are not fully observed.");
        }

        var churned = new bool[snapshot.Count];
        for (var row = 0; row < snapshot.Count; row++)
        {
            var customer = snapshot.Customers[row];
            var end = timeline.OrderStart[customer + 1];
            var next = CustomerTimeline.EndAsOf(timeline.OrderDay, timeline.OrderStart[customer], end, cutoff);
            churned[row] = next == end || timeline.OrderDay[next] > cutoff + horizonDays;
        }

        return churned;
    }
}
