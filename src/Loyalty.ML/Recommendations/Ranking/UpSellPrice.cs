namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// Whether one item upgrades another. Between items with a size in the same unit an upgrade is at least as large and
/// at least <see cref="UpSellRanker.PriceStep"/> × dearer per unit: a better item, not a smaller pack that only costs
/// more per unit of its own (a half-gallon at 2.99 does not upgrade a gallon at 2.69), nor a bulk pack that is cheaper
/// per unit. Without comparable sizes the list prices are compared as before.
/// </summary>
internal static class UpSellPrice
{
    public static bool IsUpgrade(RecommenderModel model, int reference, int candidate)
    {
        var price = model.ItemPrice;
        if (!PerUnit(model, reference, candidate))
        {
            return price[candidate] >= price[reference] * UpSellRanker.PriceStep;
        }

        var (size, referenceSize) = (model.ItemUnitSize[candidate], model.ItemUnitSize[reference]);
        return size >= referenceSize && price[candidate] / size >= price[reference] / referenceSize * UpSellRanker.PriceStep;
    }

    /// <summary>True when both items have a size in the same unit, so their prices per unit can be compared.</summary>
    public static bool PerUnit(RecommenderModel model, int first, int second) =>
        model.ItemUnitSize.Length > 0
        && model.ItemUnitSize[first] > 0
        && model.ItemUnitSize[second] > 0
        && string.Equals(UnitOf(model, first), UnitOf(model, second), StringComparison.OrdinalIgnoreCase);

    /// <summary>Items with a unit size: none means up-sell can only compare list prices.</summary>
    public static int SizedItems(RecommenderModel model) => model.ItemUnitSize.Count(size => size > 0);

    /// <summary>What up-sell compares on this model, for the run's metrics.</summary>
    public static string Describe(RecommenderModel model) => SizedItems(model) is var sized and > 0
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"price per unit where both items have a unit size in the same unit ({sized:N0} of {model.Items.Count:N0} items have one), list price otherwise")
        : "list price only: the catalog has no unit size (items.columns.unit_size in the mapping), so up-sell cannot compare price per unit";

    private static string? UnitOf(RecommenderModel model, int item) => model.ItemUnit.Length > 0 ? model.ItemUnit[item] : null;
}
