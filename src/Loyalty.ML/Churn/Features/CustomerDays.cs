namespace Loyalty.ML.Churn.Features;

/// <summary>A reusable buffer of one customer's distinct purchase days and their amounts, for the feature builder.</summary>
internal sealed class CustomerDays
{
    private int[] _gaps = new int[64];

    /// <summary>Distinct purchase days, ascending.</summary>
    public int[] Days { get; private set; } = new int[64];

    /// <summary>Amount spent on each day.</summary>
    public double[] Amounts { get; private set; } = new double[64];

    /// <summary>Number of distinct days.</summary>
    public int Count { get; private set; }

    /// <summary>Sum of <see cref="Amounts"/>.</summary>
    public double TotalAmount { get; private set; }

    /// <summary>Collects the distinct days of orders <paramref name="start"/> .. <paramref name="end"/>.</summary>
    public void Collect(CustomerTimeline timeline, int start, int end)
    {
        if (Days.Length < end - start)
        {
            Days = new int[(end - start) * 2];
            Amounts = new double[(end - start) * 2];
            _gaps = new int[(end - start) * 2];
        }

        Count = 0;
        TotalAmount = 0;
        for (var order = start; order < end; order++)
        {
            var day = timeline.OrderDay[order];
            if (Count == 0 || Days[Count - 1] != day)
            {
                Days[Count] = day;
                Amounts[Count] = 0;
                Count++;
            }

            Amounts[Count - 1] += timeline.OrderAmount[order];
            TotalAmount += timeline.OrderAmount[order];
        }
    }

    /// <summary>Median and longest gap between consecutive purchase days (needs two days or more).</summary>
    public (float Median, float Max) MedianAndMaxGap()
    {
        var gaps = _gaps.AsSpan(0, Count - 1);
        for (var i = 0; i < gaps.Length; i++)
        {
            gaps[i] = Days[i + 1] - Days[i];
        }

        gaps.Sort();
        var middle = gaps.Length / 2;
        var median = gaps.Length % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2f;
        return (median, gaps[^1]);
    }

    /// <summary>Standard deviation of the gaps between consecutive purchase days around <paramref name="mean"/>.</summary>
    public float GapStandardDeviation(float mean)
    {
        var sum = 0.0;
        for (var i = 1; i < Count; i++)
        {
            var deviation = Days[i] - Days[i - 1] - mean;
            sum += deviation * deviation;
        }

        return (float)Math.Sqrt(sum / (Count - 1));
    }

    /// <summary>Number of <paramref name="period"/>-day periods, counted back from the cutoff over the last <paramref name="span"/> days, with a purchase.</summary>
    public int ActivePeriods(int cutoff, int period, int span)
    {
        var active = 0;
        var lastPeriod = -1;
        for (var i = Count - 1; i >= 0 && cutoff - Days[i] < span; i--)
        {
            var current = (cutoff - Days[i]) / period;
            if (current != lastPeriod)
            {
                active++;
                lastPeriod = current;
            }
        }

        return active;
    }

    /// <summary>Share of the 30-day periods (counted back from the cutoff, over the tenure) with a purchase.</summary>
    public float ActiveMonthShare(int cutoff, int tenure)
    {
        var periods = tenure / 30 + 1;
        var active = 0;
        var lastPeriod = -1;
        for (var i = Count - 1; i >= 0; i--)
        {
            var period = (cutoff - Days[i]) / 30;
            if (period != lastPeriod)
            {
                active++;
                lastPeriod = period;
            }
        }

        return (float)active / periods;
    }
}
