using Loyalty.ML.Data.Mapping;
using Loyalty.ML.Core;
using Loyalty.ML.Data.Ingestion.Sources;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Ingestion;

/// <summary>Streams the item catalog file into the builder; a later row for the same item completes or replaces an earlier one.</summary>
internal static class CatalogReader
{
    public static OutcomeCounter Read(IRowSource source, ItemMapping mapping, ValueFormat format, PurchaseHistoryBuilder builder, ReadSettings settings)
    {
        var defaults = new ItemColumns();
        var header = new HeaderColumns(source, "items");
        var id = header.Required(mapping.Columns.ItemId, "item_id");
        var name = header.Optional(mapping.Columns.Name, defaults.Name, "name");
        var category = header.Optional(mapping.Columns.Category, defaults.Category, "category");
        var price = header.Optional(mapping.Columns.Price, defaults.Price, "price");
        var unitSize = header.Optional(mapping.Columns.UnitSize, defaults.UnitSize, "unit_size");
        var unit = header.Optional(mapping.Columns.Unit, defaults.Unit, "unit");
        var url = header.Optional(mapping.Columns.Url, defaults.Url, "url");
        var imageUrl = header.Optional(mapping.Columns.ImageUrl, defaults.ImageUrl, "image_url");
        return RecordRows.ReadAll(source, format, settings, values =>
        {
            var itemId = values.RequiredId(id);
            double? listPrice = price >= 0 && !source.Text(price).IsWhiteSpace() ? values.Number(price, NumberLimits.Price) : null;
            double? size = unitSize >= 0 && !source.Text(unitSize).IsWhiteSpace() ? values.Number(unitSize, NumberLimits.Quantity) : null;
            var page = values.OptionalLink(url);
            var image = values.OptionalLink(imageUrl);
            if (values.Problem is null)
            {
                // A size of zero or less cannot divide a price: the item is compared by its list price.
                var known = size > 0 ? (float?)size : null;
                builder.AddCatalogItem(itemId.ToString(), values.OptionalText(name), values.OptionalText(category), (float?)listPrice, known, values.OptionalText(unit), page, image);
            }
        });
    }
}
