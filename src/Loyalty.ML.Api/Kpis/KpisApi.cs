using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.ML.Api.Kpis;

/// <summary>The loyalty programme KPIs of the served model.</summary>
internal static class KpisApi
{
    /// <summary>Maps the endpoint, requiring <c>churn:read</c> (programme figures are CRM data).</summary>
    public static IEndpointRouteBuilder MapKpisApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1").WithTags("KPIs").RequireAuthorization(ApiScopes.ChurnRead)
            .MapGet("/kpis", GetKpis)
            .WithName(nameof(GetKpis))
            .WithSummary("Programme KPIs computed at training time (the kpis section of metrics.json).");
        return app;
    }

    /// <summary>The KPIs, or 503 when the bundle has none.</summary>
    public static Results<Ok<KpisResponse>, NotModified, ProblemHttpResult> GetKpis(ModelProvider provider, ConditionalGet validators, HttpContext context)
    {
        if (provider.Current is not { } model)
        {
            return ModelProblems.NoBundle(provider);
        }

        if (model.Kpis is not { } kpis)
        {
            return ModelProblems.MissingPart(model, LoadedModel.KpisSection);
        }

        return validators.IsNotModified(context, $"{CacheKeys.Prefix}{model.Version}:kpis", out var notModified)
            ? notModified
            : TypedResults.Ok(new KpisResponse(model.Version, kpis));
    }
}
