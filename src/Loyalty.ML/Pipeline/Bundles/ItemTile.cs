namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>What a shop page needs to draw an item: the items file's name, category, list price, page and picture.</summary>
/// <param name="ItemId">Business id of the item.</param>
/// <param name="Name">Name, or null when the data names none.</param>
/// <param name="Category">Category, or null.</param>
/// <param name="Price">List price (the median price sold at when the items file gives none).</param>
/// <param name="Url">The item's page, or null.</param>
/// <param name="ImageUrl">The item's picture, or null.</param>
public sealed record ItemTile(string ItemId, string? Name, string? Category, double Price, string? Url, string? ImageUrl);
