using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Offers;

public sealed class OffersApiTests : IAsyncLifetime
{
    private const string CampaignKey = "campaign-key-0123456789abcdef";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-offers-{Guid.NewGuid():N}");
    private ApiHost? _host;

    private string RulesPath => Path.Combine(_folder, "rules.json");

    private string LedgerPath => Path.Combine(_folder, "issued.csv");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(RulesPath, """{ "limits": { "unknown_consent_as_granted": true } }""");
        File.WriteAllText(LedgerPath, "customer_id,offer_type,issued_on,bonus_value\n");
        _host = await ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.Publish(registry, "v1"), settings:
        [
            new("ApiKeys:Keys:campaign:Key", CampaignKey),
            new("ApiKeys:Keys:campaign:Scopes:0", "offers:read"),
            new("Offers:RulesPath", RulesPath),
            new("Offers:IssuedOffersPath", LedgerPath),
            new("Offers:ReloadInterval", "00:00:00"),
        ]);
    }

    [Fact]
    public async Task GetOffers_KnownCustomer_ReturnsRankedOffersWithinTheLimits()
    {
        var (customer, body) = await CustomerWithOffers();

        var offers = body.GetProperty("offers").EnumerateArray().ToList();
        Assert.InRange(offers.Count, 1, 3);
        Assert.All(offers, offer => Assert.InRange(offer.GetProperty("discountPercent").GetDouble(), 0, 30));
        Assert.All(offers, offer => Assert.False(string.IsNullOrWhiteSpace(offer.GetProperty("reason").GetString())));
        Assert.Equal(customer, body.GetProperty("customerId").GetString());
        Assert.Equal("v1", body.GetProperty("modelVersion").GetString());
    }

    [Fact]
    public async Task GetOffers_OfferWithItems_EachItemCarriesItsTile()
    {
        var offers = new List<JsonElement>();
        foreach (var customer in TestBundles.History.Customers.Ids.Take(100))
        {
            var body = await Host.Client(CampaignKey).GetFromJsonAsync<JsonElement>($"/v1/customers/{customer}/offers");
            offers.AddRange(body.GetProperty("offers").EnumerateArray());
        }

        var items = offers.SelectMany(offer => offer.GetProperty("items").EnumerateArray()).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item =>
        {
            var id = item.GetProperty("itemId").GetString()!;
            Assert.True(TestBundles.History.Items.TryGetIndex(id, out var index), id);
            Assert.Equal(TestBundles.History.Catalog.Names[index], item.GetProperty("name").GetString());
            Assert.Equal(TestBundles.History.Catalog.Price[index], item.GetProperty("price").GetDouble(), 0.01);
            Assert.Equal($"/items/{id}", item.GetProperty("url").GetString());
        });
    }

    [Fact]
    public async Task GetOffers_CustomerAlreadyReceivedTheMaximum_GetsNoMore()
    {
        var (customer, body) = await CustomerWithOffers();
        var asOf = body.GetProperty("asOf").GetString();
        File.WriteAllLines(LedgerPath, ["customer_id,offer_type,issued_on,bonus_value", .. Enumerable.Repeat($"{customer},cross_sell,{asOf},0", 3)]);

        var after = await Host.Client(CampaignKey).GetFromJsonAsync<JsonElement>($"/v1/customers/{customer}/offers");

        Assert.Empty(after.GetProperty("offers").EnumerateArray());
    }

    [Fact]
    public async Task GetOffers_RulesFileBecomesInvalid_PreviousRulesKeepWorking()
    {
        var (customer, _) = await CustomerWithOffers();
        File.WriteAllText(RulesPath, """{ "limits": { "unknown_consent_as_granted": true, "max_offers_per_customer": 1 } }""");
        Assert.Single((await Offers(customer)).EnumerateArray());

        File.WriteAllText(RulesPath, """{ "limits": { "max_offers_per_customer": -4 } }""");

        Assert.Single((await Offers(customer)).EnumerateArray());
        Assert.Contains("max_offers_per_customer", Host.Services.GetRequiredService<OfferRulesProvider>().LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOffers_UnknownCustomer_IsNotFoundProblem()
    {
        var response = await Host.Client(CampaignKey).GetAsync("/v1/customers/nobody-at-all/offers");

        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetOffers_WithoutOffersScope_IsForbiddenAndWithoutKeyUnauthorized()
    {
        var customer = TestBundles.KnownCustomer;

        Assert.Equal(HttpStatusCode.Forbidden, (await Host.Client(TestKeys.Shop).GetAsync($"/v1/customers/{customer}/offers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Client().GetAsync($"/v1/customers/{customer}/offers")).StatusCode);
    }

    [Fact]
    public async Task PostOffers_KnownAndUnknownIds_GivesEachKnownCustomerTheirOffersInRequestOrder()
    {
        var (first, _) = await CustomerWithOffers();
        var second = TestBundles.History.Customers.Ids.First(id => id != first);

        var response = await Host.Client(CampaignKey).PostAsJsonAsync("/v1/offers", new { customerIds = new[] { second, "nobody-at-all", first } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var customers = body.GetProperty("customers").EnumerateArray().ToList();
        Assert.Equal([second, first], customers.Select(customer => customer.GetProperty("customerId").GetString()));
        Assert.Equal(["nobody-at-all"], body.GetProperty("unknownIds").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal("v1", body.GetProperty("modelVersion").GetString());
        foreach (var customer in customers)
        {
            var one = await Offers(customer.GetProperty("customerId").GetString()!);
            Assert.Equal(one.GetRawText(), customer.GetProperty("offers").GetRawText());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task PostOffers_NoIdsOrMoreThan1000_Returns400SayingHowMany(int count)
    {
        var ids = Enumerable.Range(0, count).Select(index => $"C{index}").ToArray();

        var response = await Host.Client(CampaignKey).PostAsJsonAsync("/v1/offers", new { customerIds = ids });

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains($"got {count}", problem.GetProperty("errors").GetProperty("customerIds")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostOffers_WithoutOffersScope_IsForbidden()
    {
        var response = await Host.Client(TestKeys.Shop).PostAsJsonAsync("/v1/offers", new { customerIds = new[] { TestBundles.KnownCustomer } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private ApiHost Host => _host ?? throw new InvalidOperationException("not started");

    private async Task<JsonElement> Offers(string customer) =>
        (await Host.Client(CampaignKey).GetFromJsonAsync<JsonElement>($"/v1/customers/{customer}/offers")).GetProperty("offers");

    private async Task<(string Customer, JsonElement Body)> CustomerWithOffers()
    {
        foreach (var customer in TestBundles.History.Customers.Ids.Take(100))
        {
            var body = await Host.Client(CampaignKey).GetFromJsonAsync<JsonElement>($"/v1/customers/{customer}/offers");
            if (body.GetProperty("offers").GetArrayLength() > 0)
            {
                return (customer, body);
            }
        }

        throw new InvalidOperationException("None of the first 100 generated customers gets an offer; the generator or the rules changed.");
    }
}
