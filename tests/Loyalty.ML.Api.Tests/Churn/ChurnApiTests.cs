using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Churn;

[Collection(ApiCollection.Name)]
public sealed class ChurnApiTests(LoyaltyApiFixture fixture)
{
    private HttpClient Crm => fixture.Host.Client(TestKeys.Crm);

    [Fact]
    public async Task GetChurn_KnownCustomer_ReturnsProbabilityBandHorizonSegmentAndVersion()
    {
        var body = await Crm.GetFromJsonAsync<JsonElement>($"/v1/customers/{TestBundles.KnownCustomer}/churn");

        Assert.Equal(TestBundles.KnownCustomer, body.GetProperty("customerId").GetString());
        Assert.InRange(body.GetProperty("probability").GetDouble(), 0, 1);
        Assert.Contains(body.GetProperty("band").GetString(), new[] { "low", "medium", "high" });
        Assert.True(body.GetProperty("horizonDays").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("reasons").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("segment").GetString()));
        Assert.Equal(LoyaltyApiFixture.Version, body.GetProperty("modelVersion").GetString());
        Assert.True(DateOnly.TryParse(body.GetProperty("asOf").GetString(), out _));
    }

    [Fact]
    public async Task GetChurn_UnknownCustomer_Returns404Problem()
    {
        var response = await Crm.GetAsync("/v1/customers/nobody-we-know/churn");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.Contains("nobody-we-know", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PostScores_MixedIds_ScoresKnownInRequestOrderAndListsUnknown()
    {
        var known = TestBundles.History.Customers.Ids.Take(3).Reverse().ToArray();

        var response = await Crm.PostAsJsonAsync("/v1/churn/scores", new { customerIds = known.Append("nobody-we-know") });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(known, body.GetProperty("scores").EnumerateArray().Select(score => score.GetProperty("customerId").GetString()!));
        Assert.Equal(["nobody-we-know"], body.GetProperty("unknownIds").EnumerateArray().Select(id => id.GetString()!));
    }

    [Fact]
    public async Task GetAtRisk_ConsecutivePages_AreDisjointStableAndOrderedByRisk()
    {
        var first = await Crm.GetFromJsonAsync<JsonElement>("/v1/churn/at-risk?minProbability=0&page=1&pageSize=25");
        var second = await Crm.GetFromJsonAsync<JsonElement>("/v1/churn/at-risk?minProbability=0&page=2&pageSize=25");
        var firstAgain = await Crm.GetFromJsonAsync<JsonElement>("/v1/churn/at-risk?minProbability=0&page=1&pageSize=25");

        var items = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToList();
        var probabilities = items.Select(item => item.GetProperty("probability").GetDouble()).ToList();
        Assert.Equal(50, items.Select(item => item.GetProperty("customerId").GetString()).Distinct().Count());
        Assert.Equal(probabilities.OrderDescending(), probabilities);
        Assert.Equal(first.GetProperty("items").GetRawText(), firstAgain.GetProperty("items").GetRawText());
        Assert.Equal(TestBundles.History.Customers.Count, first.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task GetAtRisk_WithSegmentAndMinProbability_ReturnsExactlyTheMatchingCustomers()
    {
        var known = await Crm.GetFromJsonAsync<JsonElement>($"/v1/customers/{TestBundles.KnownCustomer}/churn");
        var segment = known.GetProperty("segment").GetString()!;
        var minProbability = known.GetProperty("probability").GetDouble();

        var page = await Crm.GetFromJsonAsync<JsonElement>(
            $"/v1/churn/at-risk?minProbability={minProbability.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}&segment={Uri.EscapeDataString(segment)}&pageSize=1000");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(page.GetProperty("total").GetInt32(), items.Count);
        Assert.All(items, item => Assert.Equal(segment, item.GetProperty("segment").GetString()));
        Assert.All(items, item => Assert.True(item.GetProperty("probability").GetDouble() >= minProbability));
        Assert.Contains(TestBundles.KnownCustomer, items.Select(item => item.GetProperty("customerId").GetString()));
    }
}
