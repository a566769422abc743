using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class ApiKeyOpenApiTransformerTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task GetDocument_Always_DeclaresApiKeyHeaderScheme()
    {
        var document = await Document();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/v1/customers/{customerId}/recommendations", "get", "recommendations:read")]
    [InlineData("/v1/customers/{customerId}/churn", "get", "churn:read")]
    [InlineData("/v1/customers/{customerId}/offers", "get", "offers:read")]
    [InlineData("/v1/models/reload", "post", "admin")]
    public async Task GetDocument_ProtectedOperation_RequiresApiKeyAndNamesScope(string path, string method, string scope)
    {
        var operation = (await Document()).GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.True(RequiresApiKey(operation), $"{method} {path} does not require the key");
        Assert.Contains($"`{scope}`", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDocument_EveryV1Operation_RequiresApiKeyAndHealthLiveDoesNot()
    {
        var paths = (await Document()).GetProperty("paths");

        var v1 = paths.EnumerateObject().Where(path => path.Name.StartsWith("/v1/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Name: $"{operation.Name} {path.Name}", Operation: operation.Value)))
            .ToList();
        Assert.NotEmpty(v1);
        Assert.All(v1, entry => Assert.True(RequiresApiKey(entry.Operation), $"{entry.Name} does not require the key"));
        Assert.False(RequiresApiKey(paths.GetProperty("/health/live").GetProperty("get")));
    }

    private static bool RequiresApiKey(JsonElement operation) =>
        operation.TryGetProperty("security", out var security)
        && security.EnumerateArray().Any(requirement => requirement.TryGetProperty("ApiKey", out _));

    private async Task<JsonElement> Document() =>
        JsonDocument.Parse(await fixture.Host.Client().GetStringAsync("/openapi/v1.json")).RootElement.Clone();
}
