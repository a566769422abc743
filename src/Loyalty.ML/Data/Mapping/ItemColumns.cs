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

    /// <summary>
    /// How much of <see cref="Unit"/> one item holds (0.5 for a half-gallon sold by the gallon); with it up-sell
    /// compares price per unit, without it the list prices.
    /// </summary>
    public string? UnitSize { get; init; } = "unit_size";

    /// <summary>The unit <see cref="UnitSize"/> counts (gallon, kg, count); sizes are compared only between items of the same unit.</summary>
    public string? Unit { get; init; } = "unit";

    /// <summary>The item's page on the shop (absolute http(s) URL or a path from the site's root), shown on item tiles.</summary>
    public string? Url { get; init; } = "url";

    /// <summary>The item's picture (absolute http(s) URL or a path from the site's root), shown on item tiles.</summary>
    public string? ImageUrl { get; init; } = "image_url";
}
