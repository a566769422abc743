using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Api.Items;

/// <summary>Turns the library's ranked items into views with their tiles and one score scale per list.</summary>
internal static class ItemViews
{
    /// <summary>
    /// The list with ranks and tiles. Scores are made relative to the first item's (1 for it, 0 for anything at or below
    /// zero), so a popularity fallback counting customers and a factor model's dot products read the same way; a list
    /// whose first score is not positive is scored by rank, from 1 down to 1/count.
    /// </summary>
    public static IReadOnlyList<RecommendedItemView> List(IReadOnlyList<RecommendedItem> items, IReadOnlyDictionary<string, ItemTile>? tiles)
    {
        var top = items.Count > 0 ? items[0].Score : 0;
        var views = new RecommendedItemView[items.Count];
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var score = top > 0 ? Math.Clamp(item.Score / top, 0, 1) : (double)(items.Count - index) / items.Count;
            var tile = Tile(item.ItemId, tiles);
            views[index] = new RecommendedItemView(
                item.ItemId, index + 1, Math.Round(score, 6), tile.Name, tile.Category, tile.Price, tile.Url, tile.ImageUrl, item.Reason, item.DueDate);
        }

        return views;
    }

    /// <summary>The tile of <paramref name="itemId"/>; only the id when the bundle has no tile for it.</summary>
    public static ItemTileView Tile(string itemId, IReadOnlyDictionary<string, ItemTile>? tiles) =>
        tiles is not null && tiles.TryGetValue(itemId, out var tile)
            ? new ItemTileView(itemId, tile.Name, tile.Category, Math.Round(tile.Price, 2), tile.Url, tile.ImageUrl)
            : new ItemTileView(itemId, null, null, null, null, null);
}
