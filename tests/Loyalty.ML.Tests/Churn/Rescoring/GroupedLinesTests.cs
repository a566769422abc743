using Loyalty.ML.Churn.Rescoring;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Churn.Rescoring;

public sealed class GroupedLinesTests
{
    [Fact]
    public void Of_LinesOutOfCustomerOrder_EachCustomersLinesInTheirOrderWithoutACopy()
    {
        var lines = Lines(2, 0, 1, 0, 2, 2);

        var grouped = GroupedLines.Of(lines, customers: 4);

        Assert.Same(lines, grouped.Lines);
        Assert.Equal([0, 2, 3, 6, 6], grouped.Start);
        Assert.Equal([1, 3, 2, 0, 4, 5], Enumerable.Range(0, grouped.Count).Select(grouped.LineAt));
    }

    [Fact]
    public void Of_LinesAlreadyGrouped_ReadsThemInPlace()
    {
        var grouped = GroupedLines.Of(Lines(0, 0, 1, 3), customers: 4);

        Assert.Equal([0, 1, 2, 3], Enumerable.Range(0, grouped.Count).Select(grouped.LineAt));
        Assert.Equal([0, 2, 3, 3, 4], grouped.Start);
    }

    [Fact]
    public void CopyCustomer_OneCustomer_AppendsTheirLinesOnly()
    {
        var grouped = GroupedLines.Of(Lines(2, 0, 1, 0, 2, 2), customers: 4);
        var copy = new TransactionLines();

        grouped.CopyCustomer(2, copy);

        Assert.Equal([0, 4, 5], copy.Order.AsSpan(0, copy.Count).ToArray());
        Assert.All(copy.Customer.AsSpan(0, copy.Count).ToArray(), customer => Assert.Equal(2, customer));
    }

    [Fact]
    public void FromGrouped_LinesOutOfCustomerOrder_Throws()
    {
        var error = Assert.Throws<InvalidDataException>(() => GroupedLines.FromGrouped(Lines(1, 0), customers: 2));

        Assert.Contains("grouped by customer", error.Message);
    }

    // Line i is order i of the customer given, so a line's order number tells which source line it is.
    private static TransactionLines Lines(params int[] customers)
    {
        var lines = new TransactionLines();
        for (var line = 0; line < customers.Length; line++)
        {
            lines.Add(customers[line], item: line, order: line, new DateTime(2024, 1, 1).AddDays(line), quantity: 1, unitPrice: line + 1);
        }

        return lines;
    }
}
