using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Serving;

[Collection(ApiCollection.Name)]
public sealed class HealthOpenApiTransformerTests(LoyaltyApiFixture fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task GetDocument_HealthEndpoint_IsDocumentedWithoutSecurity(string path)
    {
        var document = JsonDocument.Parse(await fixture.Host.Client().GetStringAsync("/openapi/v1.json")).RootElement;

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty("get");
        Assert.True(operation.GetProperty("responses").TryGetProperty("200", out _));
        Assert.False(operation.TryGetProperty("security", out _));
    }

    [Fact]
    public async Task GetDocument_Readiness_DocumentsTheNotReady503()
    {
        var document = JsonDocument.Parse(await fixture.Host.Client().GetStringAsync("/openapi/v1.json")).RootElement;

        var responses = document.GetProperty("paths").GetProperty("/health/ready").GetProperty("get").GetProperty("responses");
        Assert.Contains("no model loaded", responses.GetProperty("503").GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
