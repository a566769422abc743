using System.Collections;
using Loyalty.ML.Core;

namespace Loyalty.ML.Segmentation.Kpis;

/// <summary>The programme's figures per calendar month over the whole history, in one pass over the purchase lines.</summary>
internal static class MonthlyKpisBuilder
{
    public static IReadOnlyList<MonthlyKpis> Build(PurchaseHistory history)
    {
        var purchases = history.Purchases;
        if (purchases.Count == 0)
        {
            return [];
        }

        var first = MonthIndex(history.FirstTime);
        var months = MonthIndex(history.LastTime) - first + 1;
        var customers = history.Customers.Count;
        var active = Enumerable.Range(0, months).Select(_ => new BitArray(customers)).ToArray();
        var firstMonth = new int[customers];
        Array.Fill(firstMonth, int.MaxValue);
        var (lines, orders, revenue) = (new int[months], new int[months], new double[months]);
        var orderOwner = new Dictionary<int, int>();
        for (var line = 0; line < purchases.Count; line++)
        {
            var month = MonthIndex(purchases.Time[line]) - first;
            var customer = purchases.Customer[line];
            lines[month]++;
            revenue[month] += purchases.Amount(line);
            active[month][customer] = true;
            firstMonth[customer] = Math.Min(firstMonth[customer], month);

            // An order belongs to one customer and one time: counted once per (order, customer), in its month.
            if (!orderOwner.TryGetValue(purchases.Order[line], out var owner) || owner != customer)
            {
                orderOwner[purchases.Order[line]] = customer;
                orders[month]++;
            }
        }

        var result = new MonthlyKpis[months];
        for (var month = 0; month < months; month++)
        {
            var (activeCount, repeat, retained, before) = (0, 0, 0, 0);
            for (var customer = 0; customer < customers; customer++)
            {
                var now = active[month][customer];
                activeCount += now ? 1 : 0;
                repeat += now && firstMonth[customer] < month ? 1 : 0;
                if (month > 0 && active[month - 1][customer])
                {
                    before++;
                    retained += now ? 1 : 0;
                }
            }

            var start = new DateOnly(history.FirstTime.Year, history.FirstTime.Month, 1).AddMonths(month);
            result[month] = new MonthlyKpis(
                start,
                lines[month],
                activeCount,
                orders[month],
                Math.Round(revenue[month], 2),
                orders[month] == 0 ? 0 : Math.Round(revenue[month] / orders[month], 2),
                Percent(repeat, activeCount),
                month == 0 ? null : Percent(retained, before));
        }

        return result;
    }

    private static int MonthIndex(DateTime time) => (time.Year * 12) + time.Month - 1;

    private static double Percent(int count, int total) => total == 0 ? 0 : Math.Round(100.0 * count / total, 2);
}
