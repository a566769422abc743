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
            "Readiness: this replica can answer, a model bundle is served (Redis is not part of it; see /health).",
            "Ready (Degraded when a newer bundle was rejected and the previous one serves).",
            ("503", "Not ready: no model loaded yet, or the only bundle was rejected; the check says why."));
        document.Paths[Extensions.HealthExtensions.ReportPath] = Probe(
            "GetHealth",
            "Every check: the model and, when configured, Redis, Degraded while it does not answer.",
            "Healthy or Degraded (answers still succeed; the checks say what is degraded).",
            ("503", "Unhealthy: no model is served."));
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
