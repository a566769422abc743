namespace Loyalty.ML.Data.Mapping;

/// <summary>Column names of the item catalog file; <c>null</c> means the file has no such column.</summary>
public sealed record ItemColumns
{
    /// <summary>Item id / SKU (required).</summary>
    public string ItemId { get; init; } = "item_id";

    /// <summary>Item name.</summary>
    public string? Name { get; init; } = "name";

    /// <summary>Category name.</summary>
    public string? Category { get; init; } = "category";

    /// <summary>List price.</summary>
    public string? Price { get; init; } = "price";
}
