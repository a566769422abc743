using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Loyalty.ML.Api.Serving;

/// <summary>
/// Adds the health endpoints to the OpenAPI document: health checks are not route handlers, so the generator
/// does not see them, yet operators look for them there. Both are open, so neither carries a security requirement.
/// </summary>
internal sealed class HealthOpenApiTransformer : IOpenApiDocumentTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Paths ??= [];
        document.Paths[Extensions.HealthExtensions.LivePath] = Probe("GetLiveness", "Liveness: the process answers.", "Always, while the process runs.");
        document.Paths[Extensions.HealthExtensions.ReadyPath] = Probe(
            "GetReadiness",
            "Readiness: a model bundle is served and Redis answers (when configured); each check says why not.",
            "Ready.",
            ("503", "Not ready: no model loaded yet, the last bundle was rejected, or Redis does not answer."));
        return Task.CompletedTask;
    }

    private static OpenApiPathItem Probe(string id, string summary, string healthy, params (string Status, string Description)[] others)
    {
        var responses = new OpenApiResponses { ["200"] = new OpenApiResponse { Description = healthy } };
        foreach (var (status, description) in others)
        {
            responses[status] = new OpenApiResponse { Description = description };
        }

        var item = new OpenApiPathItem();
        item.AddOperation(HttpMethod.Get, new OpenApiOperation { OperationId = id, Summary = summary, Responses = responses });
        return item;
    }
}
