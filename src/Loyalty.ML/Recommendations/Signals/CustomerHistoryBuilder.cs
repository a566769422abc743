using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Signals;

/// <summary>Builds <see cref="CustomerHistory"/> from the purchase lines of a fit's window in one sort.</summary>
internal static class CustomerHistoryBuilder
{
    public static CustomerHistory Build(PurchaseHistory history, TrainingWindow window)
    {
        var lines = history.Purchases;
        var selected = 0;
        for (var line = 0; line < lines.Count; line++)
        {
            selected += InWindow(lines, line, window) ? 1 : 0;
        }

        var keys = new long[selected];
        var dayOf = new int[selected];
        var next = 0;
        for (var line = 0; line < lines.Count; line++)
        {
            if (InWindow(lines, line, window))
            {
                keys[next] = ((long)lines.Customer[line] << 32) | (uint)lines.Item[line];
                dayOf[next++] = DateOnly.FromDateTime(lines.Time[line]).DayNumber;
            }
        }

        Array.Sort(keys, dayOf);
        var groups = new List<(int Customer, int Item, int First, int Last, int Days)>();
        for (var start = 0; start < keys.Length;)
        {
            var end = start;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            var days = dayOf.AsSpan(start, end - start);
            days.Sort();
            var distinct = 1;
            for (var index = 1; index < days.Length; index++)
            {
                distinct += days[index] != days[index - 1] ? 1 : 0;
            }

            groups.Add(((int)(keys[start] >> 32), (int)(keys[start] & 0xFFFFFFFF), days[0], days[^1], distinct));
            start = end;
        }

        return Pack(groups, history.Customers.Count, UsualPrices(history, window));
    }

    private static CustomerHistory Pack(List<(int Customer, int Item, int First, int Last, int Days)> groups, int customers, float[] usualPrice)
    {
        var offsets = new int[customers + 1];
        var items = new int[groups.Count];
        var lastDay = new int[groups.Count];
        var days = new int[groups.Count];
        var gaps = new float[groups.Count];
        for (var entry = 0; entry < groups.Count; entry++)
        {
            var group = groups[entry];
            offsets[group.Customer + 1]++;
            items[entry] = group.Item;
            lastDay[entry] = group.Last;
            days[entry] = group.Days;
            gaps[entry] = group.Days > 1 ? (float)(group.Last - group.First) / (group.Days - 1) : 0f;
        }

        for (var customer = 0; customer < customers; customer++)
        {
            offsets[customer + 1] += offsets[customer];
        }

        return new CustomerHistory(offsets, items, lastDay, days, gaps, usualPrice);
    }

    private static bool InWindow(TransactionLines lines, int line, TrainingWindow window) =>
        lines.Item[line] >= 0 && window.Contains(lines, line);

    private static float[] UsualPrices(PurchaseHistory history, TrainingWindow window)
    {
        var lines = history.Purchases;
        var order = Enumerable.Range(0, lines.Count).Where(line => InWindow(lines, line, window)).ToArray();
        var keys = order.Select(line => ((long)lines.Customer[line] << 32) | (uint)BitConverter.SingleToInt32Bits(lines.UnitPrice[line])).ToArray();
        Array.Sort(keys);
        var usual = new float[history.Customers.Count];
        for (var start = 0; start < keys.Length;)
        {
            var end = start;
            while (end < keys.Length && keys[end] >> 32 == keys[start] >> 32)
            {
                end++;
            }

            usual[keys[start] >> 32] = BitConverter.Int32BitsToSingle((int)(keys[(start + end) / 2] & 0xFFFFFFFF));
            start = end;
        }

        return usual;
    }
}
