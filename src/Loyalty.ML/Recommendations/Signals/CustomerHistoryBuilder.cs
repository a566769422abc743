using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Signals;

/// <summary>
/// Builds <see cref="CustomerHistory"/> from the purchase lines of a fit's window in one sort: 12 bytes a line of sort
/// keys and days, the entries written straight into their arrays once counted, and the keys' array reused for the
/// usual prices (the same lines), so nothing per entry or per line is held beside what the history keeps.
/// </summary>
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
        var entries = Pack(keys, dayOf, history.Customers.Count);
        return new CustomerHistory(entries.Offsets, entries.Items, entries.LastDay, entries.Days, entries.GapDays, UsualPrices(history, window, keys));
    }

    private static CustomerHistory Pack(long[] keys, int[] dayOf, int customers)
    {
        var count = 0;
        for (var index = 0; index < keys.Length; index++)
        {
            count += index == 0 || keys[index] != keys[index - 1] ? 1 : 0;
        }

        var offsets = new int[customers + 1];
        var items = new int[count];
        var lastDay = new int[count];
        var days = new int[count];
        var gaps = new float[count];
        var entry = 0;
        for (var start = 0; start < keys.Length; entry++)
        {
            var end = start;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            var bought = dayOf.AsSpan(start, end - start);
            bought.Sort();
            var distinct = 1;
            for (var index = 1; index < bought.Length; index++)
            {
                distinct += bought[index] != bought[index - 1] ? 1 : 0;
            }

            offsets[(int)(keys[start] >> 32) + 1]++;
            items[entry] = (int)(keys[start] & 0xFFFFFFFF);
            lastDay[entry] = bought[^1];
            days[entry] = distinct;
            gaps[entry] = distinct > 1 ? (float)(bought[^1] - bought[0]) / (distinct - 1) : 0f;
            start = end;
        }

        for (var customer = 0; customer < customers; customer++)
        {
            offsets[customer + 1] += offsets[customer];
        }

        return new CustomerHistory(offsets, items, lastDay, days, gaps, usualPrice: []);
    }

    private static bool InWindow(TransactionLines lines, int line, TrainingWindow window) =>
        lines.Item[line] >= 0 && window.Contains(lines, line);

    // The median unit price per customer: the window's lines keyed by customer and price, sorted; keys has one slot per line of the window.
    private static float[] UsualPrices(PurchaseHistory history, TrainingWindow window, long[] keys)
    {
        var lines = history.Purchases;
        var next = 0;
        for (var line = 0; line < lines.Count; line++)
        {
            if (InWindow(lines, line, window))
            {
                keys[next++] = ((long)lines.Customer[line] << 32) | (uint)BitConverter.SingleToInt32Bits(lines.UnitPrice[line]);
            }
        }

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
