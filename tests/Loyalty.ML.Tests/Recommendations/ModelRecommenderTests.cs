using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Tests.Recommendations;

public sealed class ModelRecommenderTests
{
    private static readonly ModelRecommender Recommender = RecommenderTestData.Recommender();

    [Fact]
    public void Recommend_KnownCustomer_ExcludesItemsAlreadyBought()
    {
        var bought = Bought("c0");

        var result = Recommender.Recommend("c0", new RecommendationQuery(Count: 20));

        Assert.Null(result.Fallback);
        Assert.NotEmpty(result.Items);
        Assert.DoesNotContain(result.Items, item => bought.Contains(item.ItemId));
    }

    [Fact]
    public void Recommend_ExcludePurchasedOff_RanksBoughtItemsFirst()
    {
        var bought = Bought("c0");

        var result = Recommender.Recommend("c0", new RecommendationQuery(Count: 3, ExcludePurchased: false));

        Assert.All(result.Items, item => Assert.Contains(item.ItemId, bought));
    }

    [Fact]
    public void Recommend_KitchenCustomer_RanksKitchenItemsBeforeGarden()
    {
        var result = Recommender.Recommend("c0", new RecommendationQuery(Count: 12, ExcludePurchased: false));

        Assert.StartsWith("K", result.Items[0].ItemId, StringComparison.Ordinal);
        Assert.Equal(result.Items.OrderByDescending(item => item.Score).Select(item => item.ItemId), result.Items.Select(item => item.ItemId));
    }

    [Fact]
    public void Recommend_CategoryPriceAndExcludeFilters_AreAllApplied()
    {
        var query = new RecommendationQuery(Count: 12, Category: "garden", MinPrice: 2, MaxPrice: 5, ExcludeItems: ["G3"], ExcludePurchased: false);

        var result = Recommender.Recommend("c0", query);

        Assert.Equal(["G2", "G4", "G5"], result.Items.Select(item => item.ItemId).Order());
    }

    [Fact]
    public void Recommend_UnknownCategory_ReturnsNothing()
    {
        var result = Recommender.Recommend("c0", new RecommendationQuery(Count: 5, Category: "toys"));

        Assert.Empty(result.Items);
    }

    [Fact]
    public void Recommend_UnknownCustomer_FallsBackToPopularItems()
    {
        var result = Recommender.Recommend("stranger", new RecommendationQuery(Count: 3, Category: "garden"));

        Assert.Equal(RecommendationResult.PopularFallback, result.Fallback);
        Assert.Equal(3, result.Items.Count);
        Assert.All(result.Items, item => Assert.StartsWith("G", item.ItemId, StringComparison.Ordinal));
        Assert.All(result.Items, item => Assert.Equal("popular now", item.Reason));
    }

    [Fact]
    public void Recommend_ZeroCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Recommender.Recommend("c0", new RecommendationQuery(Count: 0)));
    }

    [Fact]
    public void AlsoBought_KnownItem_NeverReturnsTheItemAndPrefersItsBaskets()
    {
        var result = Recommender.AlsoBought("K2", 11);

        Assert.Null(result.Fallback);
        Assert.Equal(11, result.Items.Count);
        Assert.DoesNotContain(result.Items, item => item.ItemId == "K2");
        Assert.StartsWith("K", result.Items[0].ItemId, StringComparison.Ordinal);
        Assert.Equal("bought with KITCHEN ITEM 2", result.Items[0].Reason);
    }

    [Fact]
    public void AlsoBought_UnknownItem_FallsBackToPopularItems()
    {
        var result = Recommender.AlsoBought("nothing", 4);

        Assert.Equal(RecommendationResult.PopularFallback, result.Fallback);
        Assert.Equal(4, result.Items.Count);
    }

    [Fact]
    public void UpSell_Item_ReturnsOnlyPricierItemsOfTheSameCategory()
    {
        var result = Recommender.UpSell("K2", 10);

        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, item => Assert.Matches("^K[3-6]$", item.ItemId));
    }

    [Fact]
    public void Recommend_UpSellForCustomer_OnlyPricierThanWhatItUpgradesOrUsuallyPays()
    {
        var model = Recommender.Model;
        model.Customers.TryGetIndex("c1", out var customer);

        var result = Recommender.Recommend("c1", new RecommendationQuery(Count: 5, Kind: RecommendationKind.UpSell, ExcludePurchased: false));

        Assert.NotEmpty(result.Items);
        Assert.StartsWith("upgrade of GARDEN ITEM", result.Items[0].Reason, StringComparison.Ordinal);
        foreach (var item in result.Items)
        {
            model.Items.TryGetIndex(item.ItemId, out var index);
            var floor = item.Reason!.StartsWith("upgrade of", StringComparison.Ordinal)
                ? float.Parse(item.Reason["upgrade of GARDEN ITEM ".Length..][..1], System.Globalization.CultureInfo.InvariantCulture) * UpSellRanker.PriceStep
                : model.History.UsualPrice[customer] * UpSellRanker.PriceStep;
            Assert.True(model.ItemPrice[index] >= floor, $"{item.ItemId} at {model.ItemPrice[index]} for {item.Reason}");
        }
    }

    [Fact]
    public void Recommend_CrossSell_SkipsTheSameCategoryAsWhatItComplements()
    {
        var result = Recommender.Recommend("c0", new RecommendationQuery(Count: 5, Kind: RecommendationKind.CrossSell));

        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, item => Assert.StartsWith("G", item.ItemId, StringComparison.Ordinal));
        Assert.All(result.Items, item => Assert.StartsWith("bought with KITCHEN", item.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_BuyAgain_ReturnsOnlyItemsWhoseCycleIsDue()
    {
        var result = Recommender.Recommend("regular", new RecommendationQuery(Count: 5, Kind: RecommendationKind.BuyAgain));

        var due = Assert.Single(result.Items);
        Assert.Equal("K6", due.ItemId);
        Assert.Equal(DateOnly.FromDateTime(RecommenderTestData.AsOf.AddDays(-2)), due.DueDate);
        Assert.Equal("usually bought every 10 days", due.Reason);
    }

    private static HashSet<string> Bought(string customer)
    {
        var model = Recommender.Model;
        model.Customers.TryGetIndex(customer, out var index);
        return model.History.ItemsOf(index).ToArray().Select(item => model.Items[item]).ToHashSet();
    }
}
