using Prometheus;
using Scalar.AspNetCore;

namespace Loyalty.ML.Api.Extensions;

/// <summary>The OpenAPI document, its browsable UI and the Prometheus scrape endpoint, all open.</summary>
internal static class ApiDocsExtensions
{
    /// <summary>Adds the OpenAPI document.</summary>
    public static void AddApiDocs(this IHostApplicationBuilder builder) => builder.Services.AddOpenApi();

    /// <summary>Maps <c>/openapi/v1.json</c>, <c>/scalar</c> and <c>/metrics</c>.</summary>
    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapMetrics();
        return app;
    }
}
