namespace Loyalty.ML.Churn.Features;

/// <summary>
/// How alive each item is as of a cutoff, from lines on or before it: the share of recently active
/// customers who bought it in the last 90 days, and the share of its buyers who bought it again on another day.
/// </summary>
internal sealed class ItemActivity
{
    private const int RecentDays = 90;

    private ItemActivity(float[] recentReach, float[] repeatRate)
    {
        RecentReach = recentReach;
        RepeatRate = repeatRate;
    }

    /// <summary>Per item: buyers in the last 90 days ÷ customers active in the last 90 days.</summary>
    public float[] RecentReach { get; }

    /// <summary>Per item: buyers on two days or more ÷ buyers.</summary>
    public float[] RepeatRate { get; }

    /// <summary>Activity read back from a bundle: per item, recent reach and repeat rate.</summary>
    internal static ItemActivity From(float[] recentReach, float[] repeatRate) =>
        recentReach.Length == repeatRate.Length
            ? new ItemActivity(recentReach, repeatRate)
            : throw new InvalidDataException($"Item activity has {recentReach.Length} reach values and {repeatRate.Length} repeat rates.");

    /// <summary>Computes the activity of every item as of <paramref name="cutoff"/>.</summary>
    public static ItemActivity Build(CustomerTimeline timeline, int cutoff)
    {
        var items = timeline.ItemCount;
        var buyers = new int[items];
        var repeatBuyers = new int[items];
        var recentBuyers = new int[items];
        var markCustomer = new int[items];
        var markDay = new int[items];
        var markState = new byte[items];
        var activeCustomers = 0;
        for (var customer = 0; customer < timeline.CustomerCount; customer++)
        {
            var start = timeline.LineStart[customer];
            var end = CustomerTimeline.EndAsOf(timeline.LineDay, start, timeline.LineStart[customer + 1], cutoff);
            if (end > start && timeline.LineDay[end - 1] > cutoff - RecentDays)
            {
                activeCustomers++;
            }

            for (var line = start; line < end; line++)
            {
                var item = timeline.LineItem[line];
                var day = timeline.LineDay[line];
                if (markCustomer[item] != customer + 1)
                {
                    markCustomer[item] = customer + 1;
                    markDay[item] = day;
                    markState[item] = 0;
                    buyers[item]++;
                }
                else if ((markState[item] & 1) == 0 && day != markDay[item])
                {
                    markState[item] |= 1;
                    repeatBuyers[item]++;
                }

                if (day > cutoff - RecentDays && (markState[item] & 2) == 0)
                {
                    markState[item] |= 2;
                    recentBuyers[item]++;
                }
            }
        }

        var reach = new float[items];
        var repeat = new float[items];
        for (var item = 0; item < items; item++)
        {
            reach[item] = activeCustomers == 0 ? 0 : (float)recentBuyers[item] / activeCustomers;
            repeat[item] = buyers[item] == 0 ? 0 : (float)repeatBuyers[item] / buyers[item];
        }

        return new ItemActivity(reach, repeat);
    }
}
