using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Models;

[Collection(ApiCollection.Name)]
public sealed class ModelsApiTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task GetModels_ListsThePublishedVersionAsCurrentAndServed()
    {
        var versions = await fixture.Host.Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/v1/models");

        var version = Assert.Single(versions.EnumerateArray());
        Assert.Equal(LoyaltyApiFixture.Version, version.GetProperty("version").GetString());
        Assert.True(version.GetProperty("isCurrent").GetBoolean());
        Assert.True(version.GetProperty("isServed").GetBoolean());
    }

    [Fact]
    public async Task GetCurrent_NamesVersionAndParts()
    {
        var status = await fixture.Host.Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/v1/models/current");

        Assert.Equal(LoyaltyApiFixture.Version, status.GetProperty("version").GetString());
        var parts = status.GetProperty("parts").EnumerateArray().Select(part => part.GetString()).ToList();
        Assert.Contains("recommender", parts);
        Assert.Contains("segments", parts);
        Assert.Contains("churn", parts);
        Assert.Contains("kpis", parts);
        Assert.Equal(JsonValueKind.Null, status.GetProperty("rejected").ValueKind);
    }
}
