namespace Loyalty.ML.Core;

/// <summary>
/// Item attributes aligned with <see cref="PurchaseHistory.Items"/>: name, category and list price per
/// item index, and the unit size when the catalog has one. Items missing from the catalog file have no name and
/// category -1; their price is the median unit price they were sold at.
/// </summary>
internal sealed class ItemCatalog
{
    /// <summary>Creates a catalog from per-item columns.</summary>
    public ItemCatalog(string?[] names, int[] category, float[] price, IdMap categories)
    {
        Names = names;
        Category = category;
        Price = price;
        Categories = categories;
    }

    /// <summary>Item name per item index.</summary>
    public string?[] Names { get; }

    /// <summary>Category index per item index (into <see cref="Categories"/>), or -1.</summary>
    public int[] Category { get; }

    /// <summary>List price per item index.</summary>
    public float[] Price { get; }

    /// <summary>Category names by index.</summary>
    public IdMap Categories { get; }

    /// <summary>Units of <see cref="Unit"/> per item index, 0 when unknown; empty when no item has a size.</summary>
    public float[] UnitSize { get; init; } = [];

    /// <summary>The unit each item's size counts, or null; empty when no item has one.</summary>
    public string?[] Unit { get; init; } = [];

    /// <summary>The item's page per item index, or null; empty when the catalog was built without links.</summary>
    public string?[] Url { get; init; } = [];

    /// <summary>The item's picture per item index, or null; empty when the catalog was built without links.</summary>
    public string?[] ImageUrl { get; init; } = [];
}
