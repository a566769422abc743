using Loyalty.ML.Api.Online;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving.Experiments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.ML.Api.Evaluation;

/// <summary>How the served lists did: online hit rate, precision and revenue per model version and list kind, and experiments.</summary>
internal static class EvaluationApi
{
    /// <summary>Maps the endpoint; it needs <c>reports:read</c> or <c>admin</c>, as the dashboard does.</summary>
    public static IEndpointRouteBuilder MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/evaluation").WithTags("Evaluation")
            .RequireAuthorization(policy => policy.RequireClaim(ApiScopes.ClaimType, ApiScopes.ReportsRead, ApiScopes.Admin));
        api.MapGet("/online", GetOnline)
            .WithName(nameof(GetOnline))
            .WithSummary("Served lists matched with the purchases after them: hit rate@K, precision@K and revenue per model version and list kind, and each experiment's verdict, with 95% intervals.");
        return app;
    }

    /// <summary>Served lists matched with the purchases after them: hit rate, precision and revenue per model version and list kind, and each experiment's verdict, with 95% intervals.</summary>
    /// <remarks>Recomputed when older than <c>OnlineEvaluation:Refresh</c>.</remarks>
    public static async Task<Ok<OnlineEvaluationResponse>> GetOnline(OnlineEvaluationService evaluation, ExperimentRouter router) =>
        TypedResults.Ok(OnlineViews.Of(await evaluation.GetAsync(), router.Challengers));
}
