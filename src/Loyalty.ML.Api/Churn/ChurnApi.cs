using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Churn;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.ML.Api.Churn;

/// <summary>Churn scores: one customer, a batch, and the paged at-risk list CRMs pull.</summary>
internal static class ChurnApi
{
    /// <summary>Maps the endpoints, all requiring <c>churn:read</c>.</summary>
    public static IEndpointRouteBuilder MapChurnApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1").WithTags("Churn").RequireAuthorization(ApiScopes.ChurnRead);
        api.MapGet("/customers/{customerId}/churn", GetChurn)
            .WithName(nameof(GetChurn))
            .WithSummary("A customer's churn probability, band, reasons, CLV and segment.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/churn/scores", PostScores)
            .WithName(nameof(PostScores))
            .WithSummary($"Churn scores of up to {ApiValidation.MaxBatch} customers.");
        api.MapGet("/churn/at-risk", GetAtRisk)
            .WithName(nameof(GetAtRisk))
            .WithSummary("Customers by churn risk, highest first, in pages of a stable order.");
        return app;
    }

    /// <summary>One customer's score, re-scored as of their latest reported purchase; 404 when neither the model nor the events know the customer.</summary>
    public static Results<Ok<ChurnResponse>, NotModified, ValidationProblem, ProblemHttpResult> GetChurn(
        string customerId, ModelProvider provider, EventIngestor events, ConditionalGet validators, HttpContext context)
    {
        Dictionary<string, string[]>? errors = null;
        ApiValidation.Id(customerId, nameof(customerId), ref errors);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!ModelProblems.TryGetPart(provider, static served => served.Bundle.Churn, "churn", out var model, out var churn, out var problem))
        {
            return problem;
        }

        var overlay = events.OverlayFor(model);
        var fresh = new ServedChurn(model, churn, overlay);
        if (!fresh.TryGet(customerId, out var score))
        {
            return ModelProblems.Unknown("customer", customerId, model);
        }

        if (!BundleSanity.IsServable(score))
        {
            return ModelProblems.Unscorable(customerId, model);
        }

        var recent = overlay.For(customerId);
        if (validators.IsNotModified(context, CacheKeys.GetCustomerAnswerKey(model.Version, "churn", customerId, recent.Generation, recent.Fingerprint), out var notModified, profiling: true))
        {
            return notModified;
        }

        var view = fresh.View(score);
        return TypedResults.Ok(new ChurnResponse(
            view.CustomerId, view.Probability, view.Band, churn.HorizonDays, view.Reasons, view.ProbabilityAlive,
            view.ExpectedPurchases, view.Clv, view.Segment, model.Version, fresh.AsOfFor(customerId)));
    }

    /// <summary>Scores of many customers in request order; unknown ids are listed apart.</summary>
    public static Results<Ok<ChurnScoresResponse>, ValidationProblem, ProblemHttpResult> PostScores(ChurnScoresRequest request, ModelProvider provider, EventIngestor events)
    {
        Dictionary<string, string[]>? errors = null;
        var ids = ApiValidation.Ids(request.CustomerIds, "customerIds", ref errors);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!ModelProblems.TryGetPart(provider, static served => served.Bundle.Churn, "churn", out var model, out var churn, out var problem))
        {
            return problem;
        }

        var fresh = new ServedChurn(model, churn, events.OverlayFor(model));
        var (scores, unknown, unscorable) = BatchLookup.Split<ChurnScore, ChurnScoreView>(ids, fresh.TryGet, BundleSanity.IsServable, (_, score) => fresh.View(score));
        return TypedResults.Ok(new ChurnScoresResponse(model.Version, churn.AsOf, churn.HorizonDays, scores, unknown, unscorable));
    }

    /// <summary>A page of customers at or above <c>minProbability</c>, optionally of one segment.</summary>
    public static Results<Ok<AtRiskPage>, ValidationProblem, ProblemHttpResult> GetAtRisk([AsParameters] AtRiskArguments arguments, ModelProvider provider, EventIngestor events)
    {
        Dictionary<string, string[]>? errors = null;
        var minProbability = arguments.MinProbability ?? AtRiskArguments.DefaultMinProbability;
        var page = arguments.Page ?? 1;
        var pageSize = arguments.PageSize ?? AtRiskArguments.DefaultPageSize;
        if (minProbability is < 0 or > 1 || double.IsNaN(minProbability))
        {
            ApiValidation.Add(ref errors, "minProbability", $"must be between 0 and 1; got {minProbability}.");
        }

        if (page < 1)
        {
            ApiValidation.Add(ref errors, "page", $"must be at least 1; got {page}.");
        }

        if (pageSize is < 1 or > AtRiskArguments.MaxPageSize)
        {
            ApiValidation.Add(ref errors, "pageSize", $"must be between 1 and {AtRiskArguments.MaxPageSize}; got {pageSize}.");
        }

        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!ModelProblems.TryGetPart(provider, static served => served.Bundle.Churn, "churn", out var model, out var churn, out var problem))
        {
            return problem;
        }

        if (arguments.Segment is not null && model.Bundle.Segments is null)
        {
            return ModelProblems.MissingPart(model, "segments");
        }

        var (total, items) = AtRiskPager.Page(new ServedChurn(model, churn, events.OverlayFor(model)), minProbability, arguments.Segment, page, pageSize);
        return TypedResults.Ok(new AtRiskPage(model.Version, churn.AsOf, churn.HorizonDays, page, pageSize, total, items));
    }
}
