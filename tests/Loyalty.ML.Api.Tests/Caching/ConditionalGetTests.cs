using System.Net;
using System.Net.Http.Headers;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Caching;

/// <summary>ETag from what an answer depends on, Cache-Control private max-age, and 304 on revalidation.</summary>
public sealed class ConditionalGetTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-etag-{Guid.NewGuid():N}");
    private ApiHost? _host;

    private ApiHost Host => _host!;

    public async Task InitializeAsync() => _host = await EventLines.StartHostAsync(_folder);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(TestKeys.Shop, "/v1/customers/{customer}/recommendations?count=5")]
    [InlineData(TestKeys.Shop, "/v1/items/{item}/also-bought")]
    [InlineData(TestKeys.Shop, "/v1/items/{item}/upsell")]
    [InlineData(TestKeys.Crm, "/v1/customers/{customer}/churn")]
    [InlineData(TestKeys.Crm, "/v1/customers/{customer}/segment")]
    [InlineData(TestKeys.Crm, "/v1/kpis")]
    public async Task Get_RevalidatedWithItsETag_Returns304WithoutABody(string key, string path)
    {
        var client = Host.Client(key);
        var url = path.Replace("{customer}", TestBundles.KnownCustomer).Replace("{item}", TestBundles.KnownItem);

        var first = await client.GetAsync(url);
        var again = await Revalidate(client, url, first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl!.Private);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(TestKeys.Shop, "/v1/customers/{customer}/recommendations?count=5", false)]
    [InlineData(TestKeys.Shop, "/v1/items/{item}/also-bought", false)]
    [InlineData(TestKeys.Crm, "/v1/kpis", false)]
    [InlineData(TestKeys.Crm, "/v1/customers/{customer}/churn", true)]
    [InlineData(TestKeys.Crm, "/v1/customers/{customer}/segment", true)]
    public async Task Get_ShopListsAndProfilingData_ListsReusableForAMinuteProfilingNeverStored(string key, string path, bool profiling)
    {
        var url = path.Replace("{customer}", TestBundles.KnownCustomer).Replace("{item}", TestBundles.KnownItem);

        var control = (await Host.Client(key).GetAsync(url)).Headers.CacheControl!;

        Assert.Equal(profiling ? (true, null) : (false, TimeSpan.FromSeconds(60)), (control.NoStore, control.MaxAge));
    }

    [Fact]
    public async Task Get_OtherArguments_HaveAnotherETag()
    {
        var client = Host.Client(TestKeys.Shop);
        var path = $"/v1/customers/{TestBundles.KnownCustomer}/recommendations";

        var tags = new[] { "?count=5", "?count=6", "?count=5&fields=name", "?count=5&kind=cross-sell" }
            .Select(query => client.GetAsync(path + query).Result.Headers.ETag!.Tag)
            .ToList();

        Assert.Equal(tags.Count, tags.Distinct().Count());
    }

    [Fact]
    public async Task Get_AfterTheCustomerReportsAPurchase_OldETagGetsTheNewAnswer()
    {
        var shop = Host.Client(TestKeys.Shop);
        var crm = Host.Client(TestKeys.Crm);
        var customer = TestBundles.KnownCustomer;
        var lists = $"/v1/customers/{customer}/recommendations";
        var churn = $"/v1/customers/{customer}/churn";
        var listTag = (await shop.GetAsync(lists)).Headers.ETag!;
        var churnTag = (await crm.GetAsync(churn)).Headers.ETag!;

        await EventLines.PostAsync(Host.Client(EventLines.TillKey), EventLines.Purchase("etag-1", customer, TestBundles.KnownItem));

        var list = await Revalidate(shop, lists, listTag);
        var score = await Revalidate(crm, churn, churnTag);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (list.StatusCode, score.StatusCode));
        Assert.NotEqual(listTag, list.Headers.ETag);
        Assert.NotEqual(churnTag, score.Headers.ETag);
    }

    [Fact]
    public async Task Get_IfNoneMatchWeakOrStar_Returns304()
    {
        var client = Host.Client(TestKeys.Shop);
        var url = $"/v1/items/{TestBundles.KnownItem}/also-bought";
        var tag = (await client.GetAsync(url)).Headers.ETag!;

        var weak = await Revalidate(client, url, new EntityTagHeaderValue(tag.Tag, isWeak: true));
        var star = await Revalidate(client, url, EntityTagHeaderValue.Any);

        Assert.Equal((HttpStatusCode.NotModified, HttpStatusCode.NotModified), (weak.StatusCode, star.StatusCode));
    }

    [Fact]
    public async Task Get_ErrorAnswer_HasNoETag()
    {
        var response = await Host.Client(TestKeys.Crm).GetAsync("/v1/customers/nobody-at-all/churn");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    private static async Task<HttpResponseMessage> Revalidate(HttpClient client, string url, EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return await client.SendAsync(request);
    }
}
