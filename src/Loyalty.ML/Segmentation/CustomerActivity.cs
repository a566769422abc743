using Loyalty.ML.Core;

namespace Loyalty.ML.Segmentation;

/// <summary>
/// Per-customer totals over the history, by customer index: first and last purchase, number of orders
/// (distinct order ids among purchase lines), spend on purchases and the amount returned. Customers
/// with only returns have <see cref="Orders"/> 0 and are not counted as buying customers.
/// </summary>
internal sealed class CustomerActivity
{
    private CustomerActivity(int customers)
    {
        First = new DateTime[customers];
        Last = new DateTime[customers];
        Orders = new int[customers];
        Spend = new double[customers];
        Returned = new double[customers];
    }

    public DateTime[] First { get; }

    public DateTime[] Last { get; }

    public int[] Orders { get; }

    public double[] Spend { get; }

    public double[] Returned { get; }

    /// <summary>Total number of distinct purchase orders.</summary>
    public long TotalOrders { get; private set; }

    public int Count => Orders.Length;

    public static CustomerActivity Of(PurchaseHistory history)
    {
        var activity = new CustomerActivity(history.Customers.Count);
        var purchases = history.Purchases;
        var orderOwner = new int[MaxOrder(purchases) + 1];
        Array.Fill(orderOwner, -1);
        for (var line = 0; line < purchases.Count; line++)
        {
            var customer = purchases.Customer[line];
            var time = purchases.Time[line];
            if (activity.First[customer] == default || time < activity.First[customer])
            {
                activity.First[customer] = time;
            }

            if (time > activity.Last[customer])
            {
                activity.Last[customer] = time;
            }

            // Orders are per customer: an order id two customers share counts once for each.
            if (orderOwner[purchases.Order[line]] != customer)
            {
                orderOwner[purchases.Order[line]] = customer;
                activity.Orders[customer]++;
                activity.TotalOrders++;
            }

            activity.Spend[customer] += purchases.Amount(line);
        }

        var returns = history.Returns;
        for (var line = 0; line < returns.Count; line++)
        {
            activity.Returned[returns.Customer[line]] += returns.Amount(line);
        }

        return activity;
    }

    private static int MaxOrder(TransactionLines lines)
    {
        var max = -1;
        for (var line = 0; line < lines.Count; line++)
        {
            max = Math.Max(max, lines.Order[line]);
        }

        return max;
    }

    /// <summary>Whole calendar days from the last purchase of <paramref name="customer"/> to the day of <paramref name="asOf"/>.</summary>
    public int RecencyDays(int customer, DateTime asOf) => DaysBefore(Last[customer], asOf);

    /// <summary>Whole calendar days from <paramref name="time"/>'s day to <paramref name="asOf"/>'s day.</summary>
    public static int DaysBefore(DateTime time, DateTime asOf) => (int)(asOf.Date - time.Date).TotalDays;
}
