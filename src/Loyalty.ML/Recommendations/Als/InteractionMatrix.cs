using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>Builds customer × item (or order × item) count matrices from transaction lines.</summary>
internal static class InteractionMatrix
{
    private const int RowsPerRange = 2_048;

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

    /// <summary>
    /// Groups the selected lines by row (a counting sort: one row number a line, in line order), sorts each row's lines
    /// by item, then writes each (row, item)'s summed weight: 4 bytes a selected line beside the matrix, where sorting
    /// (row, item) keys with their weights held 12. Equal (row, item) weights are summed in line order. Rows are
    /// independent after the grouping, so ranges of them are sorted and written on every core: the fits and the
    /// splits build these matrices while nothing else runs.
    /// </summary>
    private static CsrMatrix Build(TransactionLines lines, int rows, int columns, int[] rowOf, Func<int, bool> isSelected, TrainingWindow window, double halfLifeDays)
    {
        var byRow = LineGroups.By(lines.Count, rows, line => isSelected(line) ? rowOf[line] : -1);
        var offsets = SortRowsByItem(lines, byRow, rows);
        var indices = new int[offsets[rows]];
        var values = new float[offsets[rows]];
        RowRanges.ForEach(rows, RowsPerRange, (from, to) =>
        {
            for (var row = from; row < to; row++)
            {
                var entry = offsets[row] - 1;
                var previous = -1;
                foreach (var line in byRow.Of(row))
                {
                    var item = lines.Item[line];
                    entry += item == previous ? 0 : 1;
                    indices[entry] = item;
                    values[entry] += (float)window.Weight(lines.Time[line], halfLifeDays);
                    previous = item;
                }
            }
        });

        return new CsrMatrix(rows, columns, offsets, indices, values);
    }

    private static bool IsSelected(TransactionLines lines, int line, DateTime from, TrainingWindow window) =>
        lines.Item[line] >= 0 && lines.Time[line] >= from && window.Contains(lines, line);

    /// <summary>Sorts each row's lines by (item, line) in place; returns the CSR offsets of the rows' distinct items.</summary>
    private static int[] SortRowsByItem(TransactionLines lines, LineGroups byRow, int rows)
    {
        var offsets = new int[rows + 1];
        RowRanges.ForEach(rows, RowsPerRange, (from, to) =>
        {
            var longest = 0;
            for (var row = from; row < to; row++)
            {
                longest = Math.Max(longest, byRow.Of(row).Length);
            }

            var keys = new long[longest];
            for (var row = from; row < to; row++)
            {
                var rowLines = byRow.Of(row);
                var rowKeys = keys.AsSpan(0, rowLines.Length);
                for (var index = 0; index < rowLines.Length; index++)
                {
                    rowKeys[index] = ((long)lines.Item[rowLines[index]] << 32) | (uint)rowLines[index];
                }

                rowKeys.Sort();
                var distinct = 0;
                for (var index = 0; index < rowKeys.Length; index++)
                {
                    rowLines[index] = (int)(rowKeys[index] & 0xFFFFFFFF);
                    distinct += index == 0 || (rowKeys[index] >> 32) != (rowKeys[index - 1] >> 32) ? 1 : 0;
                }

                offsets[row + 1] = distinct;
            }
        });

        for (var row = 0; row < rows; row++)
        {
            offsets[row + 1] += offsets[row];
        }

        return offsets;
    }
}
