using Loyalty.ML.Data;

namespace Loyalty.ML.Recommendations;

/// <summary>Builds customer × item (or order × item) count matrices from transaction lines.</summary>
internal static class InteractionMatrix
{
    /// <summary>
    /// Customer × item purchase counts of the lines with <c>from &lt;= time &lt; until</c>. With a half-life,
    /// a line counts exp(−ln2 · age/halfLife) where age is measured back from <paramref name="until"/>.
    /// </summary>
    public static CsrMatrix CustomerItems(PurchaseHistory history, DateTime from, DateTime until, double halfLifeDays = 0) =>
        Build(history.Purchases, history.Customers.Count, history.Items.Count, history.Purchases.Customer, from, until, halfLifeDays);

    /// <summary>Order × item matrix (value 1 per distinct item) of the lines with <c>from &lt;= time &lt; until</c>; rows are order indexes.</summary>
    public static CsrMatrix OrderItems(PurchaseHistory history, DateTime from, DateTime until)
    {
        var lines = history.Purchases;
        var orders = 0;
        for (var line = 0; line < lines.Count; line++)
        {
            orders = Math.Max(orders, lines.Order[line] + 1);
        }

        var matrix = Build(lines, orders, history.Items.Count, lines.Order, from, until, 0);
        Array.Fill(matrix.Values, 1f);
        return matrix;
    }

    private static CsrMatrix Build(TransactionLines lines, int rows, int columns, int[] rowOf, DateTime from, DateTime until, double halfLifeDays)
    {
        var selected = 0;
        for (var line = 0; line < lines.Count; line++)
        {
            selected += IsSelected(lines, line, from, until) ? 1 : 0;
        }

        var keys = new long[selected];
        var weights = new float[selected];
        var decay = halfLifeDays > 0 ? Math.Log(2) / halfLifeDays : 0;
        var next = 0;
        for (var line = 0; line < lines.Count; line++)
        {
            if (IsSelected(lines, line, from, until))
            {
                keys[next] = ((long)rowOf[line] << 32) | (uint)lines.Item[line];
                weights[next++] = decay > 0 ? (float)Math.Exp(-decay * (until - lines.Time[line]).TotalDays) : 1f;
            }
        }

        Array.Sort(keys, weights);
        return Collapse(keys, weights, rows, columns);
    }

    private static bool IsSelected(TransactionLines lines, int line, DateTime from, DateTime until) =>
        lines.Item[line] >= 0 && lines.Time[line] >= from && lines.Time[line] < until;

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
