using Loyalty.ML.Core;

namespace Loyalty.ML.Churn.Features;

/// <summary>Turns the line-level history into a <see cref="CustomerTimeline"/> in a few linear passes.</summary>
public static class CustomerTimelineBuilder
{
    /// <summary>Builds the timeline of every customer in <paramref name="history"/>.</summary>
    public static CustomerTimeline Build(PurchaseHistory history)
    {
        if (history.Purchases.Count == 0)
        {
            throw new InvalidOperationException("The history has no purchases: there is nothing to compute churn from.");
        }

        var origin = DateOnly.FromDateTime(history.FirstTime);
        var lastDay = DayOf(history.LastTime, origin);
        if (lastDay > CustomerTimeline.MaxDay)
        {
            throw new InvalidOperationException(
                $"The history spans {lastDay + 1} days ({origin:yyyy-MM-dd} to {history.LastTime:yyyy-MM-dd}); churn's customer timelines hold at most {CustomerTimeline.MaxDay + 1}.");
        }

        return Build(history.Purchases, history.Returns, history.Customers.Count, history.Catalog, history.Items.Count, origin, lastDay);
    }

    /// <summary>
    /// Builds the timeline of <paramref name="customers"/> customers from their lines, days counted from
    /// <paramref name="origin"/>; item indexes below <paramref name="itemCount"/>, categories from <paramref name="catalog"/>.
    /// Every purchase must fall on day 0 to <see cref="CustomerTimeline.MaxDay"/>.
    /// </summary>
    internal static CustomerTimeline Build(TransactionLines purchases, TransactionLines returns, int customers, ItemCatalog catalog, int itemCount, DateOnly origin, int lastDay)
    {
        var lines = SortByCustomerAndTime(purchases, customers, out var sortedStart);
        var hasItems = itemCount > 0;

        var maxOrder = 0;
        for (var line = 0; line < purchases.Count; line++)
        {
            maxOrder = Math.Max(maxOrder, purchases.Order[line]);
        }

        var orderSlot = new int[maxOrder + 1];
        var itemMark = new int[Math.Max(itemCount, 1)];
        var categoryMark = new int[Math.Max(catalog.Categories.Count, 1)];
        var orderStart = new int[customers + 1];
        var itemStart = new int[customers + 1];
        var categoryStart = new int[customers + 1];
        var orderDay = new List<ushort>(purchases.Count / 4);
        var orderAmount = new List<float>(purchases.Count / 4);
        var orderLines = new List<int>(purchases.Count / 4);
        var orderUnits = new List<float>(purchases.Count / 4);
        var itemFirstDay = new List<ushort>(hasItems ? purchases.Count / 2 : 0);
        var categoryFirstDay = new List<ushort>();
        var itemId = new List<int>(itemFirstDay.Capacity);
        var lineStart = new int[customers + 1];
        var lineDay = new List<ushort>(hasItems ? purchases.Count : 0);
        var lineItem = new List<int>(lineDay.Capacity);
        for (var customer = 0; customer < customers; customer++)
        {
            orderStart[customer] = orderDay.Count;
            itemStart[customer] = itemFirstDay.Count;
            categoryStart[customer] = categoryFirstDay.Count;
            lineStart[customer] = lineDay.Count;
            var first = orderDay.Count;
            for (var position = sortedStart[customer]; position < sortedStart[customer + 1]; position++)
            {
                var line = lines[position];
                var day = PurchaseDay(purchases.Time[line], origin);
                var order = purchases.Order[line];
                var slot = orderSlot[order] - 1;
                if (slot < first)
                {
                    slot = orderDay.Count;
                    orderSlot[order] = slot + 1;
                    orderDay.Add(day);
                    orderAmount.Add(0);
                    orderLines.Add(0);
                    orderUnits.Add(0);
                }

                orderAmount[slot] += (float)purchases.Amount(line);
                orderLines[slot]++;
                orderUnits[slot] += purchases.Quantity[line];
                var item = purchases.Item[line];
                if (item >= 0)
                {
                    lineDay.Add(day);
                    lineItem.Add(item);
                }

                if (item >= 0 && itemMark[item] != customer + 1)
                {
                    itemMark[item] = customer + 1;
                    itemFirstDay.Add(day);
                    itemId.Add(item);
                    var category = item < catalog.Category.Length ? catalog.Category[item] : -1;
                    if (category >= 0 && categoryMark[category] != customer + 1)
                    {
                        categoryMark[category] = customer + 1;
                        categoryFirstDay.Add(day);
                    }
                }
            }
        }

        orderStart[customers] = orderDay.Count;
        itemStart[customers] = itemFirstDay.Count;
        categoryStart[customers] = categoryFirstDay.Count;
        lineStart[customers] = lineDay.Count;
        var (returnStart, returnDay, returnAmount) = BuildReturns(returns, customers, origin);
        return new CustomerTimeline
        {
            Origin = origin,
            LastDay = lastDay,
            OrderStart = orderStart,
            OrderDay = [.. orderDay],
            OrderAmount = [.. orderAmount],
            OrderLines = [.. orderLines],
            OrderUnits = [.. orderUnits],
            ItemStart = itemStart,
            ItemFirstDay = [.. itemFirstDay],
            ItemId = [.. itemId],
            ItemCount = itemCount,
            LineStart = lineStart,
            LineDay = [.. lineDay],
            LineItem = [.. lineItem],
            CategoryStart = categoryStart,
            CategoryFirstDay = [.. categoryFirstDay],
            ReturnStart = returnStart,
            ReturnDay = returnDay,
            ReturnAmount = returnAmount,
        };
    }

    private static int DayOf(DateTime time, DateOnly origin) => DateOnly.FromDateTime(time).DayNumber - origin.DayNumber;

    private static ushort PurchaseDay(DateTime time, DateOnly origin)
    {
        var day = DayOf(time, origin);
        return day is >= 0 and <= CustomerTimeline.MaxDay
            ? (ushort)day
            : throw new ArgumentOutOfRangeException(
                nameof(time), time, $"A purchase on {time:yyyy-MM-dd} is day {day} of a timeline from {origin:yyyy-MM-dd}, outside days 0 to {CustomerTimeline.MaxDay}.");
    }

    private static (int[] Start, int[] Day, float[] Amount) BuildReturns(TransactionLines returns, int customers, DateOnly origin)
    {
        var lines = SortByCustomerAndTime(returns, customers, out var start);
        var day = new int[lines.Length];
        var amount = new float[lines.Length];
        for (var position = 0; position < lines.Length; position++)
        {
            day[position] = DayOf(returns.Time[lines[position]], origin);
            amount[position] = (float)returns.Amount(lines[position]);
        }

        return (start, day, amount);
    }

    private static int[] SortByCustomerAndTime(TransactionLines lines, int customers, out int[] start)
    {
        start = new int[customers + 1];
        for (var line = 0; line < lines.Count; line++)
        {
            start[lines.Customer[line] + 1]++;
        }

        for (var customer = 0; customer < customers; customer++)
        {
            start[customer + 1] += start[customer];
        }

        var next = start[..^1];
        var sorted = new int[lines.Count];
        var ticks = new long[lines.Count];
        for (var line = 0; line < lines.Count; line++)
        {
            var position = next[lines.Customer[line]]++;
            sorted[position] = line;
            ticks[position] = lines.Time[line].Ticks;
        }

        for (var customer = 0; customer < customers; customer++)
        {
            var length = start[customer + 1] - start[customer];
            if (length > 1)
            {
                Array.Sort(ticks, sorted, start[customer], length);
            }
        }

        return sorted;
    }
}
