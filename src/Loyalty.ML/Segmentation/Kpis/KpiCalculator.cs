using Loyalty.ML.Core;

namespace Loyalty.ML.Segmentation.Kpis;

/// <summary>Computes the <see cref="ProgramKpis"/> of a history as of its last purchase.</summary>
internal static class KpiCalculator
{
    /// <summary>KPIs of <paramref name="history"/>; throws <see cref="ArgumentException"/> when it holds no purchase.</summary>
    public static ProgramKpis Compute(PurchaseHistory history, KpiOptions? options = null) =>
        Compute(history, CustomerActivity.Of(history), options ?? new KpiOptions());

    internal static ProgramKpis Compute(PurchaseHistory history, CustomerActivity activity, KpiOptions options)
    {
        options.Validate();
        if (history.Purchases.Count == 0)
        {
            throw new ArgumentException("The history holds no purchases, so there are no KPIs to compute.", nameof(history));
        }

        var asOf = history.LastTime;
        var (customers, active, repeat) = (0, 0, 0);
        double revenue = 0, returns = 0, customerReturns = 0;
        for (var customer = 0; customer < activity.Count; customer++)
        {
            returns += activity.Returned[customer];
            if (activity.Orders[customer] == 0)
            {
                continue;
            }

            customers++;
            revenue += activity.Spend[customer];
            customerReturns += activity.Returned[customer];
            active += activity.RecencyDays(customer, asOf) < options.ActiveDays ? 1 : 0;
            repeat += activity.Orders[customer] >= 2 ? 1 : 0;
        }

        return new ProgramKpis(
            asOf,
            customers,
            options.ActiveDays,
            active,
            Percent(active, customers),
            activity.TotalOrders,
            revenue,
            returns,
            revenue / activity.TotalOrders,
            (double)activity.TotalOrders / customers,
            repeat,
            Percent(repeat, customers),
            (revenue - customerReturns) / customers,
            Retention(history, activity, options.PeriodDays));
    }

    private static RetentionKpis Retention(PurchaseHistory history, CustomerActivity activity, int period)
    {
        var asOf = history.LastTime;
        var atStart = new bool[activity.Count];
        var atEnd = new bool[activity.Count];
        var purchases = history.Purchases;
        for (var line = 0; line < purchases.Count; line++)
        {
            var days = CustomerActivity.DaysBefore(purchases.Time[line], asOf);
            if (days < period)
            {
                atEnd[purchases.Customer[line]] = true;
            }
            else if (days < 2 * period)
            {
                atStart[purchases.Customer[line]] = true;
            }
        }

        var (start, end, firstTime, reactivated) = (0, 0, 0, 0);
        for (var customer = 0; customer < activity.Count; customer++)
        {
            start += atStart[customer] ? 1 : 0;
            end += atEnd[customer] ? 1 : 0;
            if (atEnd[customer] && !atStart[customer])
            {
                var isFirstTime = CustomerActivity.DaysBefore(activity.First[customer], asOf) < period;
                firstTime += isFirstTime ? 1 : 0;
                reactivated += isFirstTime ? 0 : 1;
            }
        }

        var retained = end - firstTime - reactivated;
        return new RetentionKpis(
            period, start, end, firstTime, reactivated, retained, start - retained, Percent(retained, start), Percent(start - retained, start));
    }

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
