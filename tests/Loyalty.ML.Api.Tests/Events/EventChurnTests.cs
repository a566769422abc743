using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Events;

/// <summary>A reported purchase re-scores the customer's churn and segment on the very next request, no retraining.</summary>
public sealed class EventChurnTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-event-churn-{Guid.NewGuid():N}");
    private ApiHost? _host;

    private ApiHost Host => _host!;

    private HttpClient Crm => Host.Client(TestKeys.Crm);

    public async Task InitializeAsync() => _host = await EventLines.StartHostAsync(_folder);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task PostPurchases_LapsedCustomer_NextChurnAnswerIsRescoredAsOfTheEventDay()
    {
        var lapsed = await LapsedCustomer();
        var before = await Churn(lapsed);
        var eventDay = AsOf(before).AddDays(1);

        await EventLines.PostAsync(Host.Client(EventLines.TillKey), EventLines.Purchase("lapsed-back-1", lapsed, TestBundles.KnownItem, quantity: 3, timestamp: Noon(eventDay)));
        var after = await Churn(lapsed);

        Assert.True(after.GetProperty("probability").GetDouble() < before.GetProperty("probability").GetDouble() - 0.2, $"before {before}, after {after}");
        Assert.NotEqual("high", after.GetProperty("band").GetString());
        Assert.Equal(eventDay, AsOf(after));
        Assert.NotEqual(Reasons(before), Reasons(after));
        Assert.DoesNotContain(Reasons(after), reason => reason.StartsWith("no order for ", StringComparison.Ordinal) && !reason.StartsWith("no order for 0 days", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostPurchases_LapsedCustomer_LeavesTheTopOfTheAtRiskListAndTheBatchAgrees()
    {
        var lapsed = await LapsedCustomer();
        var threshold = (await Churn(lapsed)).GetProperty("probability").GetDouble();
        Assert.Contains(lapsed, await AtRisk(threshold));

        var eventDay = AsOf(await Churn(lapsed)).AddDays(1);
        await EventLines.PostAsync(Host.Client(EventLines.TillKey), EventLines.Purchase("at-risk-back-1", lapsed, TestBundles.KnownItem, timestamp: Noon(eventDay)));

        var fresh = (await Churn(lapsed)).GetProperty("probability").GetDouble();
        Assert.DoesNotContain(lapsed, await AtRisk(threshold));
        var batch = await (await Crm.PostAsJsonAsync("/v1/churn/scores", new { customerIds = new[] { lapsed } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(fresh, batch.GetProperty("scores")[0].GetProperty("probability").GetDouble());
        var everyone = await AtRisk(0, pageSize: 1000);
        Assert.Single(everyone, id => id == lapsed);
    }

    [Fact]
    public async Task PostPurchases_LapsedCustomer_SegmentCountsTheOrderAndTheRecency()
    {
        var lapsed = await LapsedCustomer();
        var before = await Crm.GetFromJsonAsync<JsonElement>($"/v1/customers/{Uri.EscapeDataString(lapsed)}/segment");

        await EventLines.PostAsync(Host.Client(EventLines.TillKey), EventLines.Purchase("segment-back-1", lapsed, TestBundles.KnownItem, quantity: 4, unitPrice: 50));
        var after = await Crm.GetFromJsonAsync<JsonElement>($"/v1/customers/{Uri.EscapeDataString(lapsed)}/segment");

        Assert.True(before.GetProperty("recency").GetInt32() < 5, before.ToString());
        Assert.Equal(5, after.GetProperty("recency").GetInt32());
        Assert.True(after.GetProperty("frequency").GetInt32() >= before.GetProperty("frequency").GetInt32());
        Assert.Equal(after.GetProperty("segment").GetString(), (await Churn(lapsed)).GetProperty("segment").GetString());
    }

    [Fact]
    public async Task PostPurchases_NewCustomer_GetsAChurnScoreFromTheFirstPurchase()
    {
        var unknown = await Crm.GetAsync("/v1/customers/till-newcomer/churn");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        await EventLines.PostAsync(Host.Client(EventLines.TillKey), EventLines.Purchase("newcomer-1", "till-newcomer", TestBundles.KnownItem));
        var scored = await Churn("till-newcomer");

        Assert.InRange(scored.GetProperty("probability").GetDouble(), 0, 1);
        Assert.NotEmpty(Reasons(scored));
    }

    [Fact]
    public async Task PostPurchases_SameEventTwice_RescoredOnce()
    {
        var lapsed = await LapsedCustomer();
        var till = Host.Client(EventLines.TillKey);
        await EventLines.PostAsync(till, EventLines.Purchase("twice-1", lapsed, TestBundles.KnownItem));
        var once = await Churn(lapsed);

        await EventLines.PostAsync(till, EventLines.Purchase("twice-1", lapsed, TestBundles.KnownItem));
        var twice = await Churn(lapsed);

        Assert.Equal(once.GetProperty("probability").GetDouble(), twice.GetProperty("probability").GetDouble());
        Assert.Equal(Reasons(once), Reasons(twice));
    }

    private async Task<string> LapsedCustomer()
    {
        var page = await Crm.GetFromJsonAsync<JsonElement>("/v1/churn/at-risk?minProbability=0.75&page=1&pageSize=200");
        return page.GetProperty("items").EnumerateArray()
            .Where(item => item.GetProperty("reasons").EnumerateArray().Any(reason => reason.GetString()!.StartsWith("no order for ", StringComparison.Ordinal)))
            .Select(item => item.GetProperty("customerId").GetString()!)
            .First();
    }

    private async Task<JsonElement> Churn(string customerId) =>
        await Crm.GetFromJsonAsync<JsonElement>($"/v1/customers/{Uri.EscapeDataString(customerId)}/churn");

    private async Task<List<string>> AtRisk(double minProbability, int pageSize = 200)
    {
        var page = await Crm.GetFromJsonAsync<JsonElement>(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/v1/churn/at-risk?minProbability={minProbability:R}&page=1&pageSize={pageSize}"));
        return [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("customerId").GetString()!)];
    }

    private static DateOnly AsOf(JsonElement churn) => DateOnly.Parse(churn.GetProperty("asOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static List<string> Reasons(JsonElement churn) => [.. churn.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()!)];
}
