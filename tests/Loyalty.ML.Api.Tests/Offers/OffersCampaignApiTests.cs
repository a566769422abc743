using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.Api.Tests.Offers;

public sealed class OffersCampaignApiTests : IAsyncLifetime
{
    private const string CampaignKey = "campaign-key-0123456789abcdef";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-campaigns-{Guid.NewGuid():N}");
    private ApiHost? _host;

    private string AssignmentsPath => Path.Combine(_folder, CampaignAssignmentFile.FileName);

    private ApiHost Host => _host ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var rules = Path.Combine(_folder, "rules.json");
        File.WriteAllText(rules, """{ "limits": { "unknown_consent_as_granted": true }, "holdout": { "campaigns": { "june": 0.5 } } }""");
        _host = await ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.Publish(registry, "v1"), settings:
        [
            new("ApiKeys:Keys:campaign:Key", CampaignKey),
            new("ApiKeys:Keys:campaign:Scopes:0", "offers:read"),
            new("Offers:RulesPath", rules),
            new("Offers:AssignmentsPath", AssignmentsPath),
            new("Offers:ReloadInterval", "00:00:00"),
        ]);
    }

    [Fact]
    public async Task PostOffers_NamedCampaign_ControlCustomersGetNoOffersAndAreRecorded()
    {
        var ids = TestBundles.History.Customers.Ids.Take(200).ToArray();

        var body = await Post(new { customerIds = ids, campaign = "june" });

        var recorded = CampaignAssignmentFile.Read(AssignmentsPath);
        var control = recorded.Where(row => row.Group == CampaignGroup.Control).Select(row => row.CustomerId).ToHashSet();
        Assert.NotEmpty(control);
        Assert.All(recorded, row => Assert.Equal(CampaignAssigner.GroupOf("june", row.CustomerId, 0.5), row.Group));
        foreach (var customer in body.GetProperty("customers").EnumerateArray())
        {
            var offers = customer.GetProperty("offers").EnumerateArray().ToList();
            Assert.True(!control.Contains(customer.GetProperty("customerId").GetString()!) || offers.Count == 0);
            Assert.All(offers, offer => Assert.Equal(("june", "treatment"), (offer.GetProperty("campaign").GetString(), offer.GetProperty("group").GetString())));
        }
    }

    [Fact]
    public async Task PostOffers_IncludeControl_MarksControlOffers()
    {
        var ids = TestBundles.History.Customers.Ids.Take(200).ToArray();

        var body = await Post(new { customerIds = ids, campaign = "june", includeControl = true });

        var groups = body.GetProperty("customers").EnumerateArray().SelectMany(customer => customer.GetProperty("offers").EnumerateArray())
            .Select(offer => offer.GetProperty("group").GetString()).ToHashSet();
        Assert.Equal(["control", "treatment"], groups.Order());
    }

    [Fact]
    public async Task PostOffers_CampaignNameWithANewline_Is400NamingTheField()
    {
        var response = await Host.Client(CampaignKey).PostAsJsonAsync("/v1/offers", new { customerIds = new[] { TestBundles.KnownCustomer }, campaign = "a\nb" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("campaign", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private async Task<JsonElement> Post(object request)
    {
        var response = await Host.Client(CampaignKey).PostAsJsonAsync("/v1/offers", request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
