using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Tests.Recommendations.Ranking;

public sealed class UpSellPriceTests
{
    private static readonly RecommenderModel Trained = RecommenderTestData.Recommender().Model;

    // K1 a gallon at 2.69; K2 a half-gallon at 2.99; K3 a premium gallon at 4.49; K4 two gallons at 4.99; K5 16 oz at 9.
    private static RecommenderModel Milk(bool sized)
    {
        var price = (float[])Trained.ItemPrice.Clone();
        var size = new float[Trained.Items.Count];
        var unit = new string?[Trained.Items.Count];
        foreach (var (id, listPrice, units, name) in new[] { ("K1", 2.69f, 1f, "gallon"), ("K2", 2.99f, 0.5f, "gallon"), ("K3", 4.49f, 1f, "gallon"), ("K4", 4.99f, 2f, "gallon"), ("K5", 9f, 16f, "oz") })
        {
            var item = Index(id);
            (price[item], size[item], unit[item]) = (listPrice, sized ? units : 0, sized ? name : null);
        }

        return Trained with { ItemPrice = price, ItemUnitSize = size, ItemUnit = unit };
    }

    private static int Index(string id) => Trained.Items.TryGetIndex(id, out var item) ? item : throw new ArgumentException(id);

    [Theory]
    [InlineData("K2", false)] // a smaller pack, dearer per gallon: not an upgrade
    [InlineData("K3", true)] // the same size, dearer per gallon
    [InlineData("K4", false)] // a bigger pack, cheaper per gallon
    [InlineData("K5", true)] // another unit: the list prices decide
    public void IsUpgrade_OfAGallonWithSizes_ComparesPricePerUnitAndSize(string candidate, bool upgrade)
    {
        Assert.Equal(upgrade, UpSellPrice.IsUpgrade(Milk(sized: true), Index("K1"), Index(candidate)));
    }

    [Fact]
    public void IsUpgrade_WithoutSizes_ComparesListPrices()
    {
        var model = Milk(sized: false);

        Assert.True(UpSellPrice.IsUpgrade(model, Index("K1"), Index("K2")));
        Assert.False(UpSellPrice.IsUpgrade(model, Index("K1"), Index("K1")));
        Assert.Contains("cannot compare price per unit", UpSellPrice.Describe(model), StringComparison.Ordinal);
    }

    [Fact]
    public void UpSell_ItemWithSizes_OffersOnlyPerUnitUpgradesAndSaysSo()
    {
        var recommender = new ModelRecommender(Milk(sized: true));

        var result = recommender.UpSell("K1", 10);

        Assert.DoesNotContain(result.Items, item => item.ItemId is "K2" or "K4");
        Assert.All(result.Items.Where(item => item.ItemId != "K5" && item.ItemId != "K6"), item => Assert.Equal("upgrade of KITCHEN ITEM 1, dearer per gallon", item.Reason));
        Assert.Contains("price per unit where both items have a unit size", UpSellPrice.Describe(recommender.Model), StringComparison.Ordinal);
    }

    [Fact]
    public void UpSell_ItemWithoutSizes_ComparesListPricesAndSaysPerUnitIsNotPossible()
    {
        var result = new ModelRecommender(Milk(sized: false)).UpSell("K1", 10);

        Assert.Contains(result.Items, item => item.ItemId == "K2");
        Assert.All(result.Items, item => Assert.Equal("upgrade of KITCHEN ITEM 1 (by list price: no unit size to compare per unit)", item.Reason));
    }
}
