using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Items;
using Loyalty.ML.Api.Recommendations;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Api.Tests.Items;

[Collection(ApiCollection.Name)]
public sealed class ItemViewsTests(LoyaltyApiFixture fixture)
{
    private HttpClient Shop => fixture.Host.Client(TestKeys.Shop);

    [Theory]
    [InlineData("/v1/customers/{customer}/recommendations?count=8")]
    [InlineData("/v1/customers/nobody-we-know/recommendations?count=8")]
    [InlineData("/v1/items/{item}/also-bought?count=8")]
    [InlineData("/v1/items/{item}/upsell?count=8")]
    public async Task List_AnyKind_EveryItemCarriesItsTileAndARankAndAScoreFrom1Down(string path)
    {
        var body = await Shop.GetFromJsonAsync<JsonElement>(path.Replace("{customer}", TestBundles.KnownCustomer).Replace("{item}", TestBundles.KnownItem));

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(item => item.GetProperty("rank").GetInt32()));
        var scores = items.Select(item => item.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(1.0, scores[0]);
        Assert.All(scores, score => Assert.InRange(score, 0, 1));
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(items, AssertTile);
    }

    [Fact]
    public async Task List_WithFields_CarriesOnlyThoseBesidesIdAndRank()
    {
        var body = await Shop.GetFromJsonAsync<JsonElement>($"/v1/customers/{TestBundles.KnownCustomer}/recommendations?count=5&fields=name, PRICE");

        Assert.All(body.GetProperty("items").EnumerateArray(), item =>
            Assert.Equal(["itemId", "rank", "name", "price"], item.EnumerateObject().Select(property => property.Name)));
    }

    [Fact]
    public async Task List_WithUnknownField_Returns400NamingTheFieldsThereAre()
    {
        var response = await Shop.GetAsync($"/v1/items/{TestBundles.KnownItem}/also-bought?fields=name,colour");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("fields")[0].GetString()!;
        Assert.Contains("'colour'", message, StringComparison.Ordinal);
        Assert.Contains(ItemFields.Names, message, StringComparison.Ordinal);
    }

    [Fact]
    public void List_PopularityCountsAndFactorScores_BothStartAt1()
    {
        IReadOnlyList<RecommendedItem> popular = [new("a", 1047.8), new("b", 523.9), new("c", 0)];
        IReadOnlyList<RecommendedItem> negative = [new("a", -0.2), new("b", -0.5)];

        var counts = ItemViews.List(popular, null).Select(item => item.Score).ToList();
        var signed = ItemViews.List(negative, null).Select(item => item.Score).ToList();

        Assert.Equal([1.0, 0.5, 0.0], counts);
        Assert.Equal([1.0, 0.5], signed);
    }

    [Fact]
    public void Tile_ItemWithoutTile_CarriesOnlyItsId()
    {
        var tiles = new Dictionary<string, ItemTile> { ["a"] = new("a", "Mug", "kitchen", 4.5, "/items/a", null) };

        var known = ItemViews.Tile("a", tiles);
        var unknown = ItemViews.Tile("z", tiles);

        Assert.Equal(("Mug", 4.5, (string?)null), (known.Name, known.Price!.Value, known.ImageUrl));
        Assert.Equal(("z", (string?)null, (double?)null), (unknown.ItemId, unknown.Name, unknown.Price));
    }

    private static void AssertTile(JsonElement item)
    {
        var id = item.GetProperty("itemId").GetString()!;
        Assert.True(TestBundles.History.Items.TryGetIndex(id, out var index), id);
        var catalog = TestBundles.History.Catalog;
        Assert.Equal(catalog.Names[index], item.GetProperty("name").GetString());
        Assert.Equal(catalog.Categories[catalog.Category[index]], item.GetProperty("category").GetString());
        Assert.Equal(catalog.Price[index], item.GetProperty("price").GetDouble(), 0.01);
        Assert.Equal($"/items/{id}", item.GetProperty("url").GetString());
        Assert.Equal($"/images/{id}.jpg", item.GetProperty("imageUrl").GetString());
    }
}
