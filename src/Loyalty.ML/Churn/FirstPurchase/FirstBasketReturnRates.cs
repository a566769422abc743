using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn.FirstPurchase;

/// <summary>
/// What first baskets say about coming back, as known at a cutoff: per item, the share of the customers whose first
/// purchase day held it who bought again within the horizon, smoothed towards the share over all first baskets.
/// Only customers whose first purchase day lies a full horizon before the cutoff count, so every outcome is observed.
/// </summary>
public sealed class FirstBasketReturnRates
{
    // Pseudo-customers at the overall rate: an item seen in a handful of first baskets says little.
    private const double Prior = 10;

    /// <summary>Creates the rates from their saved parts.</summary>
    public FirstBasketReturnRates(float[] itemRate, double overallRate)
    {
        ItemRate = itemRate;
        OverallRate = overallRate;
    }

    /// <summary>Smoothed return rate by item index.</summary>
    public float[] ItemRate { get; }

    /// <summary>Share of all counted first baskets followed by a purchase within the horizon: the rate of an unseen item.</summary>
    public double OverallRate { get; }

    /// <summary>The rates of the first baskets on or before <paramref name="cutoff"/> − <paramref name="horizonDays"/>.</summary>
    public static FirstBasketReturnRates Build(CustomerTimeline timeline, int cutoff, int horizonDays)
    {
        var baskets = new int[timeline.ItemCount];
        var returns = new int[timeline.ItemCount];
        var (customers, returners) = (0, 0);
        for (var customer = 0; customer < timeline.CustomerCount; customer++)
        {
            if (!timeline.KnownAt(customer, cutoff - horizonDays))
            {
                continue;
            }

            var (firstDay, secondDay) = SecondPurchaseCurve.FirstTwoPurchaseDays(timeline, customer, cutoff);
            var returned = secondDay <= firstDay + horizonDays;
            customers++;
            returners += returned ? 1 : 0;
            foreach (var item in FirstBasketItems(timeline, customer, firstDay))
            {
                baskets[item]++;
                returns[item] += returned ? 1 : 0;
            }
        }

        var overall = customers == 0 ? 0 : (double)returners / customers;
        var rates = new float[timeline.ItemCount];
        for (var item = 0; item < rates.Length; item++)
        {
            rates[item] = (float)((returns[item] + Prior * overall) / (baskets[item] + Prior));
        }

        return new FirstBasketReturnRates(rates, overall);
    }

    /// <summary>Mean rate over the items of <paramref name="customer"/>'s first purchase day; the overall rate when it held none.</summary>
    public double MeanOfFirstBasket(CustomerTimeline timeline, int customer)
    {
        var (sum, count) = (0.0, 0);
        foreach (var item in FirstBasketItems(timeline, customer, timeline.OrderDay[timeline.OrderStart[customer]]))
        {
            sum += item < ItemRate.Length ? ItemRate[item] : OverallRate;
            count++;
        }

        return count == 0 ? OverallRate : sum / count;
    }

    /// <summary>EXPERIMENT: highest rate of the first basket.</summary>
    public double MaxOfFirstBasket(CustomerTimeline timeline, int customer)
    {
        var max = double.NaN;
        foreach (var item in FirstBasketItems(timeline, customer, timeline.OrderDay[timeline.OrderStart[customer]]))
        {
            max = double.IsNaN(max) ? ItemRate[item] : Math.Max(max, ItemRate[item]);
        }

        return double.IsNaN(max) ? OverallRate : max;
    }

    private static IEnumerable<int> FirstBasketItems(CustomerTimeline timeline, int customer, int firstDay)
    {
        for (var entry = timeline.ItemStart[customer]; entry < timeline.ItemStart[customer + 1] && timeline.ItemFirstDay[entry] == firstDay; entry++)
        {
            yield return timeline.ItemId[entry];
        }
    }
}
