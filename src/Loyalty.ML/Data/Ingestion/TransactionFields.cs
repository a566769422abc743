using Loyalty.ML.Data.Mapping;
using Loyalty.ML.Data.Ingestion.Sources;

namespace Loyalty.ML.Data.Ingestion;

/// <summary>Ordinals of the contract fields in one transactions file; -1 where the export has no such column.</summary>
internal sealed class TransactionFields
{
    private TransactionFields(IRowSource source, TransactionColumns columns)
    {
        var defaults = new TransactionColumns();
        var header = new HeaderColumns(source, "transactions");
        Customer = header.Required(columns.CustomerId, "customer_id");
        Time = header.Required(columns.Timestamp, "timestamp");
        Item = header.Optional(columns.ItemId, defaults.ItemId, "item_id");
        Order = header.Optional(columns.OrderId, defaults.OrderId, "order_id");
        Quantity = header.Optional(columns.Quantity, defaults.Quantity, "quantity");
        UnitPrice = header.Optional(columns.UnitPrice, defaults.UnitPrice, "unit_price");
        Amount = header.Optional(columns.Amount, defaults.Amount, "amount");
        ItemName = header.Optional(columns.ItemName, defaults.ItemName, "item_name");
        _ = header.Optional(columns.Channel, defaults.Channel, "channel");
        _ = header.Optional(columns.Store, defaults.Store, "store");
        if (UnitPrice < 0 && Amount < 0)
        {
            throw new DataLoadException(source.Path, 1, $"no price column: the mapping names unit_price '{columns.UnitPrice}' or amount '{columns.Amount}', and the header has neither ({string.Join(", ", source.Columns)}).");
        }

        Names = source.Columns;
    }

    public int Customer { get; }

    public int Time { get; }

    public int Item { get; }

    public int Order { get; }

    public int Quantity { get; }

    public int UnitPrice { get; }

    public int Amount { get; }

    public int ItemName { get; }

    /// <summary>Header names, for messages.</summary>
    public IReadOnlyList<string> Names { get; }

    public static TransactionFields Resolve(IRowSource source, TransactionColumns columns) => new(source, columns);
}
