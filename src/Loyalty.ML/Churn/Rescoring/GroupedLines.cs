using Loyalty.ML.Core;

namespace Loyalty.ML.Churn.Rescoring;

/// <summary>
/// Transaction lines read grouped by customer: position k of the grouping is line <see cref="LineAt"/>(k) of
/// <see cref="Lines"/>, and customer c's lines are positions <c>Start[c] .. Start[c + 1]</c>. At training the lines are
/// the history's own, reached through an index (4 bytes a line, not a second copy of 28); read back from a bundle
/// they are stored grouped and the index is the identity.
/// </summary>
internal sealed class GroupedLines
{
    // Position → line of Lines; null when Lines are stored grouped.
    private readonly int[]? _order;

    private GroupedLines(TransactionLines lines, int[]? order, int[] start)
    {
        Lines = lines;
        _order = order;
        Start = start;
    }

    /// <summary>The lines, in their own order.</summary>
    public TransactionLines Lines { get; }

    /// <summary>Customer c's lines are positions <c>Start[c] .. Start[c + 1]</c>.</summary>
    public int[] Start { get; }

    /// <summary>Number of lines.</summary>
    public int Count => Lines.Count;

    /// <summary>The line of <see cref="Lines"/> at grouped position <paramref name="position"/>.</summary>
    public int LineAt(int position) => _order is null ? position : _order[position];

    /// <summary>Groups <paramref name="lines"/> by customer index, keeping each customer's lines in their order, without copying them.</summary>
    public static GroupedLines Of(TransactionLines lines, int customers)
    {
        for (var line = 1; line < lines.Count; line++)
        {
            if (lines.Customer[line] < lines.Customer[line - 1])
            {
                var groups = LineGroups.By(lines.Count, customers, lineNumber => lines.Customer[lineNumber]);
                return new GroupedLines(lines, groups.Lines, groups.Start);
            }
        }

        return FromGrouped(lines, customers);
    }

    /// <summary>Lines stored grouped (read back from a bundle); throws when they are not grouped by a customer index below <paramref name="customers"/>.</summary>
    public static GroupedLines FromGrouped(TransactionLines grouped, int customers)
    {
        var start = new int[customers + 1];
        for (var line = 0; line < grouped.Count; line++)
        {
            var customer = grouped.Customer[line];
            if (customer < 0 || customer >= customers || (line > 0 && customer < grouped.Customer[line - 1]))
            {
                throw new InvalidDataException($"Line {line} names customer {customer}: lines must be grouped by customer index below {customers}.");
            }

            start[customer + 1]++;
        }

        Accumulate(start);
        return new GroupedLines(grouped, null, start);
    }

    /// <summary>Appends customer <paramref name="customer"/>'s lines to <paramref name="to"/>.</summary>
    public void CopyCustomer(int customer, TransactionLines to)
    {
        for (var position = Start[customer]; position < Start[customer + 1]; position++)
        {
            var line = LineAt(position);
            to.Add(Lines.Customer[line], Lines.Item[line], Lines.Order[line], Lines.Time[line], Lines.Quantity[line], Lines.UnitPrice[line]);
        }
    }

    // Line counts per customer (at index customer + 1) into where each customer's lines start.
    private static void Accumulate(int[] start)
    {
        for (var customer = 1; customer < start.Length; customer++)
        {
            start[customer] += start[customer - 1];
        }
    }
}
