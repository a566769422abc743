using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Exposures;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Items;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Api.Serving.Experiments;
using Loyalty.ML.Recommendations;
using Microsoft.AspNetCore.Http.HttpResults;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Api.Recommendations;

/// <summary>Customer recommendation lists and item-to-item lists, cached per model version and arguments.</summary>
internal static class RecommendationsApi
{
    /// <summary>Maps the endpoints, all requiring <c>recommendations:read</c>.</summary>
    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1").WithTags("Recommendations").RequireAuthorization(ApiScopes.RecommendationsRead);
        api.MapGet("/customers/{customerId}/recommendations", GetRecommendations)
            .WithName(nameof(GetRecommendations))
            .WithSummary("Top-N items for a customer: personal, cross-sell, up-sell or buy-again, with optional filters.");
        api.MapGet("/items/{itemId}/also-bought", GetAlsoBought)
            .WithName(nameof(GetAlsoBought))
            .WithSummary("Items bought together with an item.");
        api.MapGet("/items/{itemId}/upsell", GetUpSell)
            .WithName(nameof(GetUpSell))
            .WithSummary("Similar items at a higher price tier.");
        return app;
    }

    /// <summary>A customer's list; unknown customers get popular items with <c>fallback: "popular"</c>.</summary>
    /// <remarks>
    /// A customer in an experiment gets the challenger's list (<c>modelVersion</c> and <c>experiment</c> say so). The list
    /// is recorded as served, a cached one and a 304 included, when the customer is sampled.
    /// </remarks>
    public static async Task<Results<Ok<RecommendationsResponse>, NotModified, ValidationProblem, ProblemHttpResult>> GetRecommendations(
        string customerId, [AsParameters] RecommendationArguments arguments, ModelProvider provider, IAnswerCache cache, EventIngestor events, ConditionalGet validators, HttpContext context,
        ExperimentRouter experiments, ExposureLog exposures)
    {
        Dictionary<string, string[]>? errors = null;
        ApiValidation.Id(customerId, nameof(customerId), ref errors);
        var count = ApiValidation.Count(arguments.Count, ref errors);
        var fields = ItemFields.Parse(arguments.Fields, ref errors);
        var kind = RecommendationKind.Personal;
        if (arguments.Kind is not null && !RecommendationKinds.TryParse(arguments.Kind, out kind))
        {
            ApiValidation.Add(ref errors, "kind", $"'{arguments.Kind}' is not a kind; use one of {RecommendationKinds.Names}.");
        }

        ValidateFilters(arguments, ref errors);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!ModelProblems.TryGetPart(provider, static served => served.Bundle.Recommender, "recommender", out var model, out var recommender, out var problem))
        {
            return problem;
        }

        var query = new RecommendationQuery(count, kind, arguments.Category, arguments.MinPrice, arguments.MaxPrice);
        var served = experiments.Serve(customerId, model, recommender, events.OverlayFor(model).For(customerId));
        var key = CacheKeys.GetRecommendationsKey(served.Model.Version, customerId, query, served.Recent.Generation, served.Recent.Fingerprint);
        var kindName = RecommendationKinds.Name(kind);
        RecommendationsResponse Create() => Response(customerId, kindName, served.Model, served.Recommender.Recommend(customerId, served.Recent.Purchases, query));
        if (validators.IsNotModified(context, $"{key}|{fields}", out var notModified))
        {
            // The page shows the list it kept: served all the same.
            if (exposures.Records(customerId))
            {
                var kept = await cache.GetOrCreateAsync(key, ApiJsonContext.Default.RecommendationsResponse, Create);
                exposures.Record(customerId, kindName, kept.ModelVersion, kept.Items, arguments.Surface, served.Experiment);
            }

            return notModified;
        }

        var response = await cache.GetOrCreateAsync(key, ApiJsonContext.Default.RecommendationsResponse, Create);
        exposures.Record(customerId, kindName, response.ModelVersion, response.Items, arguments.Surface, served.Experiment);
        if (served.Experiment is { } experiment)
        {
            response = response with { Experiment = experiment };
        }

        return TypedResults.Ok(fields is null ? response : fields.Trim(response));
    }

    /// <summary>Items bought together with <paramref name="itemId"/>.</summary>
    public static Task<Results<Ok<RecommendationsResponse>, NotModified, ValidationProblem, ProblemHttpResult>> GetAlsoBought(
        string itemId, [AsParameters] ItemListArguments arguments, ModelProvider provider, IAnswerCache cache, ConditionalGet validators, HttpContext context) =>
        ItemList(itemId, arguments, new ItemListServices(provider, cache, validators, context), "also-bought", CacheKeys.GetAlsoBoughtKey, static (recommender, id, n) => recommender.AlsoBought(id, n));

    /// <summary>Higher-priced alternatives to <paramref name="itemId"/>.</summary>
    public static Task<Results<Ok<RecommendationsResponse>, NotModified, ValidationProblem, ProblemHttpResult>> GetUpSell(
        string itemId, [AsParameters] ItemListArguments arguments, ModelProvider provider, IAnswerCache cache, ConditionalGet validators, HttpContext context) =>
        ItemList(itemId, arguments, new ItemListServices(provider, cache, validators, context), "upsell", CacheKeys.GetUpSellKey, static (recommender, id, n) => recommender.UpSell(id, n));

    private static async Task<Results<Ok<RecommendationsResponse>, NotModified, ValidationProblem, ProblemHttpResult>> ItemList(
        string itemId,
        ItemListArguments arguments,
        ItemListServices services,
        string kind,
        Func<string, string, int, string> key,
        Func<IRecommender, string, int, RecommendationResult> list)
    {
        Dictionary<string, string[]>? errors = null;
        ApiValidation.Id(itemId, nameof(itemId), ref errors);
        var count = ApiValidation.Count(arguments.Count, ref errors);
        var fields = ItemFields.Parse(arguments.Fields, ref errors);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!ModelProblems.TryGetPart(services.Provider, static served => served.Bundle.Recommender, "recommender", out var model, out var recommender, out var problem))
        {
            return problem;
        }

        var cacheKey = key(model.Version, itemId, count);
        if (services.Validators.IsNotModified(services.Context, $"{cacheKey}|{fields}", out var notModified))
        {
            return notModified;
        }

        var response = await services.Cache.GetOrCreateAsync(
            cacheKey,
            ApiJsonContext.Default.RecommendationsResponse,
            () => Response(itemId, kind, model, list(recommender, itemId, count)));
        return TypedResults.Ok(fields is null ? response : fields.Trim(response));
    }

    private static void ValidateFilters(RecommendationArguments arguments, ref Dictionary<string, string[]>? errors)
    {
        if (arguments.Surface is { } surface)
        {
            ApiValidation.Id(surface, "surface", ref errors);
        }

        if (arguments.Category is { Length: > ApiValidation.MaxIdLength })
        {
            ApiValidation.Add(ref errors, "category", $"is longer than {ApiValidation.MaxIdLength} characters.");
        }

        if (arguments.MinPrice is < 0 || arguments.MinPrice is { } min && !double.IsFinite(min))
        {
            ApiValidation.Add(ref errors, "minPrice", "must be a finite number of at least 0.");
        }

        if (arguments.MaxPrice is { } max && (!double.IsFinite(max) || max < (arguments.MinPrice ?? 0)))
        {
            ApiValidation.Add(ref errors, "maxPrice", "must be a finite number of at least minPrice.");
        }
    }

    private static RecommendationsResponse Response(string id, string kind, LoadedModel model, RecommendationResult result) =>
        new(id, kind, model.Version, result.Fallback, ItemViews.List(result.Items, model.Bundle.Models.Tiles));

    private sealed record ItemListServices(ModelProvider Provider, IAnswerCache Cache, ConditionalGet Validators, HttpContext Context);
}
