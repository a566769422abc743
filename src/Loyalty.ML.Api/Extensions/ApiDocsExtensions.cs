using Loyalty.ML.Api.Docs;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Prometheus;
using Scalar.AspNetCore;

namespace Loyalty.ML.Api.Extensions;

/// <summary>The OpenAPI document, its browsable UI and the Prometheus scrape endpoint, all open.</summary>
internal static class ApiDocsExtensions
{
    /// <summary>Adds the OpenAPI document with the API key scheme and the health endpoints.</summary>
    public static void AddApiDocs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<ApiIntroduction>();
            options.AddDocumentTransformer<ProblemResponses>();
            options.AddOperationTransformer<ProblemResponses>();
            options.AddSchemaTransformer<OptionalNullables>();
            options.AddDocumentTransformer<ApiKeyOpenApiTransformer>();
            options.AddOperationTransformer<ApiKeyOpenApiTransformer>();
            options.AddDocumentTransformer<HealthOpenApiTransformer>();
        });
    }

    /// <summary>Maps <c>/openapi/v1.json</c>, <c>/scalar</c> (which offers the key scheme for its requests, with no fonts from a CDN: its policy loads nothing from elsewhere) and <c>/metrics</c> (never rate-limited: scrapes may share an address with a flood).</summary>
    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.AddPreferredSecuritySchemes([ApiKeyDefaults.Scheme]).DisableDefaultFonts());
        app.MapMetrics().DisableRateLimiting();
        return app;
    }
}
