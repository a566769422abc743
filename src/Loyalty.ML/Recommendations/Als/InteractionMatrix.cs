using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>Builds customer × item (or order × item) count matrices from transaction lines.</summary>
internal static class InteractionMatrix
{
    /// <summary>Customer × item purchase counts of the lines with <c>from &lt;= time &lt; until</c>.</summary>
    public static CsrMatrix CustomerItems(PurchaseHistory history, DateTime from, DateTime until) =>
        Build(history.Purchases, history.Customers.Count, history.Items.Count, history.Purchases.Customer, from, new TrainingWindow(until, until), 0);

    /// <summary>
    /// Customer × item weights of a fit's window: each line counts exp(−ln2 · age/halfLife), its age measured back
    /// from the window's origin (1 without a half-life).
    /// </summary>
    public static CsrMatrix CustomerItems(PurchaseHistory history, TrainingWindow window, double halfLifeDays) =>
        Build(history.Purchases, history.Customers.Count, history.Items.Count, history.Purchases.Customer, DateTime.MinValue, window, halfLifeDays);

    /// <summary>Order × item matrix (value 1 per distinct item) of a fit's window; rows are order indexes.</summary>
    public static CsrMatrix OrderItems(PurchaseHistory history, TrainingWindow window) => OrderItems(history, DateTime.MinValue, window);

    /// <summary>Order × item matrix (value 1 per distinct item) of the lines with <c>from &lt;= time &lt; until</c>; rows are order indexes.</summary>
    public static CsrMatrix OrderItems(PurchaseHistory history, DateTime from, DateTime until) => OrderItems(history, from, new TrainingWindow(until, until));

    /// <summary>Customer × item counts (or order × item, value 1) of the lines <paramref name="heldOut"/> marks: a per-customer hold-out's test side.</summary>
    public static CsrMatrix HeldOutItems(PurchaseHistory history, bool[] heldOut, bool byOrder)
    {
        var lines = history.Purchases;
        var rows = byOrder ? OrderCount(lines) : history.Customers.Count;
        var matrix = Build(lines, rows, history.Items.Count, byOrder ? lines.Order : lines.Customer, line => heldOut[line], default, 0);
        if (byOrder)
        {
            Array.Fill(matrix.Values, 1f);
        }

        return matrix;
    }

    private static int OrderCount(TransactionLines lines)
    {
        var orders = 0;
        for (var line = 0; line < lines.Count; line++)
        {
            orders = Math.Max(orders, lines.Order[line] + 1);
        }

        return orders;
    }

    private static CsrMatrix OrderItems(PurchaseHistory history, DateTime from, TrainingWindow window)
    {
        var lines = history.Purchases;
        var matrix = Build(lines, OrderCount(lines), history.Items.Count, lines.Order, from, window, 0);
        Array.Fill(matrix.Values, 1f);
        return matrix;
    }

    private static CsrMatrix Build(TransactionLines lines, int rows, int columns, int[] rowOf, DateTime from, TrainingWindow window, double halfLifeDays) =>
        Build(lines, rows, columns, rowOf, line => IsSelected(lines, line, from, window), window, halfLifeDays);

    private static CsrMatrix Build(TransactionLines lines, int rows, int columns, int[] rowOf, Func<int, bool> isSelected, TrainingWindow window, double halfLifeDays)
    {
        var selected = 0;
        for (var line = 0; line < lines.Count; line++)
        {
            selected += isSelected(line) ? 1 : 0;
        }

        var keys = new long[selected];
        var weights = new float[selected];
        var next = 0;
        for (var line = 0; line < lines.Count; line++)
        {
            if (isSelected(line))
            {
                keys[next] = ((long)rowOf[line] << 32) | (uint)lines.Item[line];
                weights[next++] = (float)window.Weight(lines.Time[line], halfLifeDays);
            }
        }

        Array.Sort(keys, weights);
        return Collapse(keys, weights, rows, columns);
    }

    private static bool IsSelected(TransactionLines lines, int line, DateTime from, TrainingWindow window) =>
        lines.Item[line] >= 0 && lines.Time[line] >= from && window.Contains(lines, line);

    private static CsrMatrix Collapse(long[] keys, float[] weights, int rows, int columns)
    {
        var distinct = 0;
        for (var index = 0; index < keys.Length; index++)
        {
            distinct += index == 0 || keys[index] != keys[index - 1] ? 1 : 0;
        }

        var offsets = new int[rows + 1];
        var indices = new int[distinct];
        var values = new float[distinct];
        var entry = -1;
        for (var index = 0; index < keys.Length; index++)
        {
            if (index == 0 || keys[index] != keys[index - 1])
            {
                entry++;
                indices[entry] = (int)(keys[index] & 0xFFFFFFFF);
                offsets[(int)(keys[index] >> 32) + 1]++;
            }

            values[entry] += weights[index];
        }

        for (var row = 0; row < rows; row++)
        {
            offsets[row + 1] += offsets[row];
        }

        return new CsrMatrix(rows, columns, offsets, indices, values);
    }
}
