using Loyalty.ML.Core;

namespace Loyalty.ML.Churn.Rescoring;

/// <summary>
/// Every customer's training lines, grouped by customer so one customer's lines are a contiguous range: what a
/// customer's churn features are rebuilt from when they report a purchase.
/// </summary>
internal sealed class CustomerLines
{
    private readonly int[] _purchaseStart;
    private readonly int[] _returnStart;

    private CustomerLines(IdMap customers, TransactionLines purchases, int[] purchaseStart, TransactionLines returns, int[] returnStart)
    {
        Customers = customers;
        Purchases = purchases;
        Returns = returns;
        _purchaseStart = purchaseStart;
        _returnStart = returnStart;
    }

    /// <summary>Customer ids by index.</summary>
    public IdMap Customers { get; }

    /// <summary>Purchase lines, grouped by customer index.</summary>
    public TransactionLines Purchases { get; }

    /// <summary>Return lines, grouped by customer index.</summary>
    public TransactionLines Returns { get; }

    /// <summary>Groups the lines of <paramref name="history"/> by customer.</summary>
    public static CustomerLines Of(PurchaseHistory history)
    {
        var (purchases, purchaseStart) = Grouped(history.Purchases, history.Customers.Count);
        var (returns, returnStart) = Grouped(history.Returns, history.Customers.Count);
        return new CustomerLines(history.Customers, purchases, purchaseStart, returns, returnStart);
    }

    /// <summary>Lines read back from a bundle, already grouped by customer (see <see cref="ChurnContextFile"/>).</summary>
    public static CustomerLines FromGrouped(IdMap customers, TransactionLines purchases, TransactionLines returns) =>
        new(customers, purchases, Starts(purchases, customers.Count), returns, Starts(returns, customers.Count));

    /// <summary>Copies of the customer's purchases and returns (empty for a customer the model has never seen), to append to.</summary>
    public (TransactionLines Purchases, TransactionLines Returns) CopyOf(string customerId)
    {
        var (purchases, returns) = (new TransactionLines(), new TransactionLines());
        if (Customers.TryGetIndex(customerId, out var customer))
        {
            Copy(Purchases, _purchaseStart[customer], _purchaseStart[customer + 1], purchases);
            Copy(Returns, _returnStart[customer], _returnStart[customer + 1], returns);
        }

        return (purchases, returns);
    }

    private static void Copy(TransactionLines from, int start, int end, TransactionLines to)
    {
        for (var line = start; line < end; line++)
        {
            to.Add(from.Customer[line], from.Item[line], from.Order[line], from.Time[line], from.Quantity[line], from.UnitPrice[line]);
        }
    }

    private static (TransactionLines Lines, int[] Start) Grouped(TransactionLines lines, int customers)
    {
        var start = new int[customers + 1];
        for (var line = 0; line < lines.Count; line++)
        {
            start[lines.Customer[line] + 1]++;
        }

        Accumulate(start);
        var order = new int[lines.Count];
        var next = (int[])start.Clone();
        for (var line = 0; line < lines.Count; line++)
        {
            order[next[lines.Customer[line]]++] = line;
        }

        var grouped = new TransactionLines();
        grouped.EnsureCapacity(lines.Count);
        foreach (var line in order)
        {
            grouped.Add(lines.Customer[line], lines.Item[line], lines.Order[line], lines.Time[line], lines.Quantity[line], lines.UnitPrice[line]);
        }

        return (grouped, start);
    }

    private static int[] Starts(TransactionLines grouped, int customers)
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
        return start;
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
