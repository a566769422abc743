using Loyalty.ML.Data.Mapping;

namespace Loyalty.ML.Data.Ingestion;

/// <summary>
/// What a purchase line is, decided in one place for the loader's rows and for purchases reported as events: the first
/// of no customer, not a product, a cancellation or return, negative quantity, zero quantity, zero price and negative
/// price that applies (<see cref="RowOutcome"/> order), else accepted; and the example each is reported with. A file's
/// lines are judged by its mapping's rules, reported purchases by the default mapping's (<see cref="Events"/>).
/// </summary>
internal sealed class LineRules
{
    private readonly NonProductFilter _nonProducts;
    private readonly CancellationRule _cancellations;
    private readonly bool _excludeZeroPrice;
    private readonly bool _excludeNegativePrice;

    private LineRules(TransactionMapping mapping, string mappingName)
    {
        _nonProducts = new NonProductFilter(mapping.NonProducts, mappingName);
        _cancellations = mapping.Cancellations;
        _excludeZeroPrice = mapping.ExcludeZeroPrice;
        _excludeNegativePrice = mapping.ExcludeNegativePrice;
    }

    /// <summary>
    /// The rules reported purchases are judged by: a mapping's defaults (a negative quantity is a return, zero and
    /// negative prices are excluded, every item a product), since a till reports in the contract's own terms.
    /// </summary>
    public static LineRules Events { get; } = new(new TransactionMapping(), "the default mapping");

    /// <summary>The rules of a file read with <paramref name="mapping"/> (named <paramref name="mappingName"/> in errors).</summary>
    public static LineRules Of(TransactionMapping mapping, string mappingName) => new(mapping, mappingName);

    /// <summary>The outcome of a line whose values all parsed: an exclusion rule's, or <see cref="RowOutcome.Accepted"/>.</summary>
    public RowOutcome Classify(ReadOnlySpan<char> customer, bool hasItem, ReadOnlySpan<char> item, ReadOnlySpan<char> order, double quantity, double price) =>
        customer.IsEmpty ? RowOutcome.MissingCustomerId
        : hasItem && _nonProducts.IsNonProduct(item) ? RowOutcome.NonProduct
        : (_cancellations.OrderIdPrefix is { } prefix && order.StartsWith(prefix, StringComparison.Ordinal))
            || (_cancellations.NegativeQuantity && quantity < 0) ? RowOutcome.Cancellation
        : quantity < 0 ? RowOutcome.NegativeQuantity
        : quantity == 0 ? RowOutcome.ZeroQuantity
        : price == 0 && _excludeZeroPrice ? RowOutcome.ZeroPrice
        : price < 0 && _excludeNegativePrice ? RowOutcome.NegativePrice
        : RowOutcome.Accepted;

    /// <summary>What a line excluded with <paramref name="outcome"/> is reported with.</summary>
    public static string Explain(RowOutcome outcome, ReadOnlySpan<char> customer, ReadOnlySpan<char> item, ReadOnlySpan<char> order, double quantity, double price) => outcome switch
    {
        RowOutcome.MissingCustomerId => "no customer id",
        RowOutcome.NonProduct => $"item '{item}' is not a product",
        RowOutcome.Cancellation => $"order '{order}' of customer '{customer}' is a cancellation or return (quantity {quantity})",
        RowOutcome.NegativeQuantity => $"negative quantity {quantity}",
        RowOutcome.ZeroQuantity => "quantity 0",
        RowOutcome.ZeroPrice => $"unit price 0 for item '{item}'",
        RowOutcome.NegativePrice => $"negative unit price {price} for item '{item}'",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not an exclusion rule"),
    };
}
