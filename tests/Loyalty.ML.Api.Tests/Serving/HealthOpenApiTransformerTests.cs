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
}
