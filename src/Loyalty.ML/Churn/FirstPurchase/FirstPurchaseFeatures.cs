using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn.FirstPurchase;

/// <summary>
/// Fills the columns that speak of a customer's first purchase day — what matters for a customer whose whole history
/// is one basket: their acquisition cohort's chance of a second purchase, their first basket against the first baskets
/// of customers who came back, its season, size and value. Like the BG/NBD columns, filled after
/// <see cref="ChurnFeatureBuilder"/> from statistics of the history up to the snapshot's cutoff only.
/// </summary>
public static class FirstPurchaseFeatures
{
    // The retail peak the season of a first purchase is measured against.
    private const int PeakMonth = 12;
    private const int PeakDay = 25;

    /// <summary>Computes the statistics at <paramref name="snapshot"/>'s cutoff, fills its columns and returns them.</summary>
    public static FirstPurchaseStatistics FitAndFill(ChurnSnapshot snapshot, CustomerTimeline timeline, int horizonDays)
    {
        var statistics = Fit(timeline, snapshot.CutoffDay, horizonDays);
        Fill(snapshot, timeline, statistics);
        return statistics;
    }

    /// <summary>The statistics of the history in <paramref name="timeline"/> up to <paramref name="cutoff"/>.</summary>
    public static FirstPurchaseStatistics Fit(CustomerTimeline timeline, int cutoff, int horizonDays) =>
        new(SecondPurchaseCurve.Build(timeline, cutoff), FirstBasketReturnRates.Build(timeline, cutoff, horizonDays), horizonDays);

    /// <summary>Fills the first-purchase columns of every row of <paramref name="snapshot"/> (customers of <paramref name="timeline"/>) from <paramref name="statistics"/>.</summary>
    public static void Fill(ChurnSnapshot snapshot, CustomerTimeline timeline, FirstPurchaseStatistics statistics)
    {
        var cutoff = snapshot.CutoffDay;
        for (var row = 0; row < snapshot.Count; row++)
        {
            var customer = snapshot.Customers[row];
            var (firstDay, secondDay) = SecondPurchaseCurve.FirstTwoPurchaseDays(timeline, customer, cutoff);
            var firstDate = timeline.DateOf(firstDay);
            var features = snapshot.Row(row);
            features[(int)ChurnFeature.CohortReturnChance] = secondDay is null
                ? (float)statistics.Curve.ReturnChance(SecondPurchaseCurve.MonthOf(firstDate), cutoff - firstDay, statistics.HorizonDays)
                : -1;
            features[(int)ChurnFeature.FirstBasketReturnRate] = (float)statistics.Baskets.MeanOfFirstBasket(timeline, customer);
            features[(int)ChurnFeature.ExperimentCohortRatio] = (float)statistics.Curve.CohortHazardRatio.GetValueOrDefault(SecondPurchaseCurve.MonthOf(firstDate), 1);
            features[(int)ChurnFeature.ExperimentFirstBasketMaxRate] = (float)statistics.Baskets.MaxOfFirstBasket(timeline, customer);
            features[(int)ChurnFeature.FirstPurchaseMonth] = firstDate.Month;
            features[(int)ChurnFeature.FirstPurchaseWeekday] = (int)firstDate.DayOfWeek;
            features[(int)ChurnFeature.FirstPurchaseDaysToPeak] = DaysToPeak(firstDate);
            FillFirstBasket(features, timeline, customer, firstDay, secondDay ?? cutoff + 1, cutoff);
        }

        ExperimentMask.Apply(snapshot);
    }

    private static void FillFirstBasket(Span<float> features, CustomerTimeline timeline, int customer, int firstDay, int nextDay, int cutoff)
    {
        var value = 0.0;
        for (var order = timeline.OrderStart[customer]; order < timeline.OrderStart[customer + 1] && timeline.OrderDay[order] == firstDay; order++)
        {
            value += timeline.OrderAmount[order];
        }

        var items = 0;
        for (var entry = timeline.ItemStart[customer]; entry < timeline.ItemStart[customer + 1] && timeline.ItemFirstDay[entry] == firstDay; entry++)
        {
            items++;
        }

        var returned = false;
        for (var line = timeline.ReturnStart[customer]; line < timeline.ReturnStart[customer + 1] && !returned; line++)
        {
            var day = timeline.ReturnDay[line];
            returned = day >= firstDay && day < nextDay && day <= cutoff;
        }

        features[(int)ChurnFeature.FirstBasketValue] = (float)value;
        features[(int)ChurnFeature.FirstBasketItems] = items;
        features[(int)ChurnFeature.FirstBasketReturned] = returned ? 1 : 0;
    }

    private static int DaysToPeak(DateOnly date)
    {
        var peak = new DateOnly(date.Year, PeakMonth, PeakDay);
        return (peak >= date ? peak : peak.AddYears(1)).DayNumber - date.DayNumber;
    }
}
