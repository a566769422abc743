namespace Loyalty.ML.Core;

/// <summary>
/// Item attributes aligned with <see cref="PurchaseHistory.Items"/>: name, category and list price per
/// item index. Items missing from the catalog file have no name and category -1; their price is the
/// median unit price they were sold at.
/// </summary>
public sealed class ItemCatalog
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
}
