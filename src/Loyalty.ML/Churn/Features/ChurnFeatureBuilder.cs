namespace Loyalty.ML.Churn.Features;

/// <summary>
/// Computes the features of every customer as of a cutoff day from the entries on or before it only:
/// every read goes through <see cref="CustomerTimeline.EndAsOf"/>, so nothing after the cutoff can leak in.
/// The BG/NBD columns are filled afterwards by <see cref="Lifetime.BuyTillYouDieFeatures"/>.
/// </summary>
public static class ChurnFeatureBuilder
{
    /// <summary>
    /// Features as of <paramref name="cutoffDay"/> for every customer with a purchase on or before it, or only for
    /// those <paramref name="sample"/> accepts (asked once per known customer, in customer order).
    /// </summary>
    public static ChurnSnapshot Build(CustomerTimeline timeline, int cutoffDay, Func<int, bool>? sample = null) =>
        Build(timeline, cutoffDay, timeline.ItemCount > 0 ? ItemActivity.Build(timeline, cutoffDay) : null, sample);

    /// <summary>
    /// Same as <see cref="Build(CustomerTimeline, int, Func{int, bool}?)"/> with the item activity given rather than
    /// computed from <paramref name="timeline"/>: a timeline of one customer reads the activity of all customers at training.
    /// </summary>
    internal static ChurnSnapshot Build(CustomerTimeline timeline, int cutoffDay, ItemActivity? items, Func<int, bool>? sample)
    {
        var known = new List<int>();
        for (var customer = 0; customer < timeline.CustomerCount; customer++)
        {
            if (timeline.KnownAt(customer, cutoffDay) && (sample is null || sample(customer)))
            {
                known.Add(customer);
            }
        }

        var snapshot = new ChurnSnapshot(cutoffDay, [.. known]);
        Parallel.For(
            0,
            snapshot.Count,
            () => new CustomerDays(),
            (row, _, days) =>
            {
                Fill(timeline, items, snapshot, row, days);
                return days;
            },
            _ => { });
        return snapshot;
    }

    private static void Fill(CustomerTimeline timeline, ItemActivity? items, ChurnSnapshot snapshot, int row, CustomerDays days)
    {
        var cutoff = snapshot.CutoffDay;
        var customer = snapshot.Customers[row];
        var start = timeline.OrderStart[customer];
        var end = CustomerTimeline.EndAsOf(timeline.OrderDay, start, timeline.OrderStart[customer + 1], cutoff);
        var features = snapshot.Row(row);
        days.Collect(timeline, start, end);

        var orders = end - start;
        var spend = 0.0;
        var lines = 0.0;
        var units = 0.0;
        Span<int> windowOrders = stackalloc int[4];
        Span<double> windowSpend = stackalloc double[3];
        ReadOnlySpan<int> windows = [30, 90, 180];
        var decayed30 = 0.0;
        var decayed90 = 0.0;
        for (var order = start; order < end; order++)
        {
            var age = cutoff - timeline.OrderDay[order];
            spend += timeline.OrderAmount[order];
            lines += timeline.OrderLines[order];
            units += timeline.OrderUnits[order];
            decayed30 += Math.Exp(-age / 30.0);
            decayed90 += Math.Exp(-age / 90.0);
            for (var w = 0; w < windows.Length; w++)
            {
                if (age < windows[w])
                {
                    windowOrders[w]++;
                    windowSpend[w] += timeline.OrderAmount[order];
                }
            }
        }

        var firstDay = timeline.OrderDay[start];
        var lastDay = timeline.OrderDay[end - 1];
        var recency = cutoff - lastDay;
        var tenure = cutoff - firstDay;
        var previous90 = windowOrders[2] - windowOrders[1];
        features[(int)ChurnFeature.RecencyDays] = recency;
        features[(int)ChurnFeature.Orders] = orders;
        features[(int)ChurnFeature.PurchaseDays] = days.Count;
        features[(int)ChurnFeature.Spend] = (float)spend;
        features[(int)ChurnFeature.TenureDays] = tenure;
        features[(int)ChurnFeature.PresentAtDataStart] = firstDay < 30 ? 1 : 0;
        features[(int)ChurnFeature.RecencyShareOfTenure] = tenure == 0 ? 0 : (float)recency / tenure;
        for (var w = 0; w < windows.Length; w++)
        {
            features[(int)ChurnFeature.Orders30 + w] = windowOrders[w];
            features[(int)ChurnFeature.Spend30 + w] = (float)windowSpend[w];
        }

        features[(int)ChurnFeature.Trend90] = windowOrders[1] + previous90 == 0 ? 0 : (float)(windowOrders[1] - previous90) / (windowOrders[1] + previous90);
        features[(int)ChurnFeature.DecayedOrders30] = (float)decayed30;
        features[(int)ChurnFeature.DecayedOrders90] = (float)decayed90;
        features[(int)ChurnFeature.ActiveWeeks90] = days.ActivePeriods(cutoff, 7, 90);
        features[(int)ChurnFeature.OrdersPerMonth] = 30f * orders / Math.Max(tenure + 1, 30);
        features[(int)ChurnFeature.OrdersPerMonth180] = 30f * windowOrders[2] / Math.Clamp(tenure + 1, 30, 180);
        var previousSpend90 = windowSpend[2] - windowSpend[1];
        features[(int)ChurnFeature.SpendTrend90] = windowSpend[1] + previousSpend90 <= 0 ? 0 : (float)((windowSpend[1] - previousSpend90) / (windowSpend[1] + previousSpend90));
        features[(int)ChurnFeature.ActiveMonthShare] = days.ActiveMonthShare(cutoff, tenure);
        features[(int)ChurnFeature.AverageOrderValue] = (float)(spend / orders);
        features[(int)ChurnFeature.AverageLinesPerOrder] = (float)(lines / orders);
        features[(int)ChurnFeature.AverageUnitsPerOrder] = (float)(units / orders);
        features[(int)ChurnFeature.AverageUnitPrice] = units > 0 ? (float)(spend / units) : 0;
        FillGaps(features, days, recency);
        FillItems(timeline, items, features, customer, cutoff);
        features[(int)ChurnFeature.ReturnRatio] = (float)(ReturnedAmount(timeline, customer, cutoff) / Math.Max(spend, 1e-9));

        var repeatValue = days.Count > 1 ? (days.TotalAmount - days.Amounts[0]) / (days.Count - 1) : 0;
        snapshot.Summaries[row] = new PurchaseSummary(days.Count - 1, lastDay - firstDay, tenure, Math.Max(repeatValue, 0));
    }

    private static void FillGaps(Span<float> features, CustomerDays days, int recency)
    {
        if (days.Count < 2)
        {
            features[(int)ChurnFeature.MeanGapDays] = -1;
            features[(int)ChurnFeature.MedianGapDays] = -1;
            features[(int)ChurnFeature.LastGapDays] = -1;
            features[(int)ChurnFeature.RecencyOverMeanGap] = -1;
            features[(int)ChurnFeature.OverdueDays] = -1;
            features[(int)ChurnFeature.MaxGapDays] = -1;
            features[(int)ChurnFeature.GapVariation] = -1;
            features[(int)ChurnFeature.RecencyOverMaxGap] = -1;
            return;
        }

        var meanGap = (float)(days.Days[days.Count - 1] - days.Days[0]) / (days.Count - 1);
        features[(int)ChurnFeature.MeanGapDays] = meanGap;
        var (medianGap, maxGap) = days.MedianAndMaxGap();
        features[(int)ChurnFeature.GapVariation] = days.GapStandardDeviation(meanGap) / meanGap;
        features[(int)ChurnFeature.MedianGapDays] = medianGap;
        features[(int)ChurnFeature.MaxGapDays] = maxGap;
        features[(int)ChurnFeature.RecencyOverMaxGap] = (float)recency / maxGap;
        features[(int)ChurnFeature.LastGapDays] = days.Days[days.Count - 1] - days.Days[days.Count - 2];
        features[(int)ChurnFeature.RecencyOverMeanGap] = recency / meanGap;
        features[(int)ChurnFeature.OverdueDays] = recency - meanGap;
    }

    private static void FillItems(CustomerTimeline timeline, ItemActivity? items, Span<float> features, int customer, int cutoff)
    {
        var itemStart = timeline.ItemStart[customer];
        var itemEnd = CustomerTimeline.EndAsOf(timeline.ItemFirstDay, itemStart, timeline.ItemStart[customer + 1], cutoff);
        if (items is not null && itemEnd > itemStart)
        {
            var reach = 0.0;
            var repeat = 0.0;
            for (var entry = itemStart; entry < itemEnd; entry++)
            {
                reach += items.RecentReach[timeline.ItemId[entry]];
                repeat += items.RepeatRate[timeline.ItemId[entry]];
            }

            features[(int)ChurnFeature.ItemRecentReach] = (float)(reach / (itemEnd - itemStart));
            features[(int)ChurnFeature.ItemRepeatRate] = (float)(repeat / (itemEnd - itemStart));
        }

        var newItems = itemEnd - CustomerTimeline.EndAsOf(timeline.ItemFirstDay, itemStart, itemEnd, cutoff - 90);
        var categoryStart = timeline.CategoryStart[customer];
        var categoryEnd = CustomerTimeline.EndAsOf(timeline.CategoryFirstDay, categoryStart, timeline.CategoryStart[customer + 1], cutoff);
        features[(int)ChurnFeature.DistinctItems] = itemEnd - itemStart;
        features[(int)ChurnFeature.DistinctCategories] = categoryEnd - categoryStart;
        features[(int)ChurnFeature.NewItems90] = newItems;
    }

    private static double ReturnedAmount(CustomerTimeline timeline, int customer, int cutoff)
    {
        var start = timeline.ReturnStart[customer];
        var end = CustomerTimeline.EndAsOf(timeline.ReturnDay, start, timeline.ReturnStart[customer + 1], cutoff);
        var returned = 0.0;
        for (var line = start; line < end; line++)
        {
            returned += timeline.ReturnAmount[line];
        }

        return returned;
    }
}
