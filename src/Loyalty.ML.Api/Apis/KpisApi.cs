using Loyalty.ML.Api.Contracts;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.ML.Api.Apis;

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
    public static Results<Ok<KpisResponse>, ProblemHttpResult> GetKpis(ModelProvider provider)
    {
        if (provider.Current is not { } model)
        {
            return ModelProblems.NoBundle(provider);
        }

        return model.Kpis is { } kpis
            ? TypedResults.Ok(new KpisResponse(model.Version, kpis))
            : ModelProblems.MissingPart(model, LoadedModel.KpisSection);
    }
}
