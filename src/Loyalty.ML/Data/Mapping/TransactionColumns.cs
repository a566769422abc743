namespace Loyalty.ML.Data.Mapping;

/// <summary>
/// Column names of the transactions file. <c>null</c> means the export has no such column. Either
/// <see cref="UnitPrice"/> or <see cref="Amount"/> is required; without <see cref="Quantity"/> every line
/// counts one unit, and with <see cref="Amount"/> but no unit price the unit price is amount / quantity.
/// An optional column left at its default name is used when the file has it; any other name the
/// mapping gives must be in the file's header.
/// </summary>
public sealed record TransactionColumns
{
    /// <summary>Customer id (required; empty values are excluded as guest checkouts).</summary>
    public string CustomerId { get; init; } = "customer_id";

    /// <summary>Item id / SKU; null for exports that list only customer, date and amount.</summary>
    public string? ItemId { get; init; } = "item_id";

    /// <summary>Order (invoice, basket) id; without it the lines of one customer at one time form an order.</summary>
    public string? OrderId { get; init; } = "order_id";

    /// <summary>Date and time of the line (required).</summary>
    public string Timestamp { get; init; } = "timestamp";

    /// <summary>Quantity.</summary>
    public string? Quantity { get; init; } = "quantity";

    /// <summary>Price of one unit.</summary>
    public string? UnitPrice { get; init; } = "unit_price";

    /// <summary>Line amount, for exports without a unit price.</summary>
    public string? Amount { get; init; }

    /// <summary>Sales channel (read for validation; not used by the models yet).</summary>
    public string? Channel { get; init; } = "channel";

    /// <summary>Store or country (read for validation; not used by the models yet).</summary>
    public string? Store { get; init; } = "store";

    /// <summary>Item name or description, used when the item catalog does not name the item.</summary>
    public string? ItemName { get; init; }
}
