using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Dashboard;

[Collection(ApiCollection.Name)]
public sealed class DashboardApiTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task GetLive_ServedModel_HasTheReportTilesAndTheAtRiskTilesMatchTheList()
    {
        var live = await fixture.Host.Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/dashboard/live");
        var page = await fixture.Host.Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/dashboard/at-risk?page=1&pageSize=5");

        var tiles = live.GetProperty("tiles").EnumerateArray().ToDictionary(tile => tile.GetProperty("key").GetString()!, tile => tile);
        Assert.Equal(
            ["customers", "active_customers", "revenue", "average_check", "repeat_purchase_rate", "at_risk_customers", "revenue_at_stake", "churn_auc", "recommendation_lift"],
            tiles.Keys);
        Assert.Equal(page.GetProperty("total").GetInt32(), tiles["at_risk_customers"].GetProperty("value").GetDouble());
        Assert.Equal("money", tiles["revenue"].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task GetAtRisk_TwoPages_FollowOnRiskiestFirstWithClvAndReasons()
    {
        var client = fixture.Host.Client(TestKeys.Admin);

        var first = await client.GetFromJsonAsync<JsonElement>("/dashboard/at-risk?page=1&pageSize=3");
        var second = await client.GetFromJsonAsync<JsonElement>("/dashboard/at-risk?page=2&pageSize=3");

        var items = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToList();
        Assert.True(first.GetProperty("total").GetInt32() >= 6, first.ToString());
        Assert.Equal(6, items.Select(item => item.GetProperty("customerId").GetString()).Distinct().Count());
        var probabilities = items.Select(item => item.GetProperty("probability").GetDouble()).ToList();
        Assert.Equal(probabilities.OrderDescending(), probabilities);
        Assert.All(items, item => Assert.True(item.GetProperty("clv").GetDouble() >= 0 && item.GetProperty("reasons").GetArrayLength() > 0 && item.GetProperty("band").GetString() is "medium" or "high"));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=501")]
    public async Task GetAtRisk_PageOutOfRange_Is400(string query)
    {
        var response = await fixture.Host.Client(TestKeys.Admin).GetAsync($"/dashboard/at-risk?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetAtRiskCsv_EveryAtRiskCustomerAsADownloadWithClvStakeAndReasons()
    {
        var client = fixture.Host.Client(TestKeys.Admin);
        var total = (await client.GetFromJsonAsync<JsonElement>("/dashboard/at-risk?pageSize=1")).GetProperty("total").GetInt32();

        var response = await client.GetAsync("/dashboard/at-risk.csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"at-risk-{LoyaltyApiFixture.Version}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("customer_id,probability,band,clv,revenue_at_stake,segment,reasons", lines[0]);
        Assert.Equal(total, lines.Length - 1);
    }

    [Fact]
    public async Task GetAtRisk_KeyWithoutReportsScope_Is403()
    {
        var response = await fixture.Host.Client(TestKeys.Shop).GetAsync("/dashboard/at-risk.csv");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task DashboardPage_HasNoInlineScriptOrStyle()
    {
        var html = await fixture.Host.Client().GetStringAsync("/dashboard");

        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("no event intake", html, StringComparison.OrdinalIgnoreCase);
    }
}
