using Loyalty.ML.Core;

namespace Loyalty.ML.Churn.Rescoring;

/// <summary>
/// Every customer's training lines, grouped by customer so one customer's lines are a contiguous range: what a
/// customer's churn features are rebuilt from when they report a purchase.
/// </summary>
internal sealed class CustomerLines
{
    private CustomerLines(IdMap customers, GroupedLines purchases, GroupedLines returns)
    {
        Customers = customers;
        Purchases = purchases;
        Returns = returns;
    }

    /// <summary>Customer ids by index.</summary>
    public IdMap Customers { get; }

    /// <summary>Purchase lines, grouped by customer index.</summary>
    public GroupedLines Purchases { get; }

    /// <summary>Return lines, grouped by customer index.</summary>
    public GroupedLines Returns { get; }

    /// <summary>Groups the lines of <paramref name="history"/> by customer; the history's lines are read in place, not copied.</summary>
    public static CustomerLines Of(PurchaseHistory history) =>
        new(history.Customers, GroupedLines.Of(history.Purchases, history.Customers.Count), GroupedLines.Of(history.Returns, history.Customers.Count));

    /// <summary>Lines read back from a bundle, already grouped by customer (see <see cref="ChurnContextFile"/>).</summary>
    public static CustomerLines FromGrouped(IdMap customers, TransactionLines purchases, TransactionLines returns) =>
        new(customers, GroupedLines.FromGrouped(purchases, customers.Count), GroupedLines.FromGrouped(returns, customers.Count));

    /// <summary>Copies of the customer's purchases and returns (empty for a customer the model has never seen), to append to.</summary>
    public (TransactionLines Purchases, TransactionLines Returns) CopyOf(string customerId)
    {
        var (purchases, returns) = (new TransactionLines(), new TransactionLines());
        if (Customers.TryGetIndex(customerId, out var customer))
        {
            Purchases.CopyCustomer(customer, purchases);
            Returns.CopyCustomer(customer, returns);
        }

        return (purchases, returns);
    }
}
