using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.ML.Api.Models;

/// <summary>The model registry: versions, the one served, and a forced reload.</summary>
internal static class ModelsApi
{
    /// <summary>Maps the endpoints, all requiring <c>admin</c>.</summary>
    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/models").WithTags("Models").RequireAuthorization(ApiScopes.Admin);
        api.MapGet("/", GetModels).WithName(nameof(GetModels)).WithSummary("Published model versions, oldest first.");
        api.MapGet("/current", GetCurrent).WithName(nameof(GetCurrent)).WithSummary("The model served and the last rejected bundle.");
        api.MapPost("/reload", PostReload).WithName(nameof(PostReload)).WithSummary("Loads the registry's current bundle now.");
        return app;
    }

    /// <summary>Every published version.</summary>
    public static Ok<IReadOnlyList<ModelVersionResponse>> GetModels(ModelProvider provider)
    {
        var current = provider.Registry.CurrentVersion;
        var served = provider.Current?.Version;
        IReadOnlyList<ModelVersionResponse> versions = provider.Registry.List()
            .Select(manifest => new ModelVersionResponse(manifest.Version, manifest.CreatedAt, manifest.Version == current, manifest.Version == served))
            .ToList();
        return TypedResults.Ok(versions);
    }

    /// <summary>The served model, or 503 when there is none.</summary>
    public static Results<Ok<ModelStatusResponse>, ProblemHttpResult> GetCurrent(ModelProvider provider, EventIngestor events) =>
        provider.Current is { } model ? TypedResults.Ok(Status(provider, model, events)) : ModelProblems.NoBundle(provider);

    /// <summary>Reloads; 422 when the bundle is rejected (the previous one keeps serving).</summary>
    public static async Task<Results<Ok<ModelStatusResponse>, ProblemHttpResult>> PostReload(ModelProvider provider, EventIngestor events)
    {
        var result = await provider.ReloadAsync(force: true);
        if (result.Status == ReloadStatus.Rejected)
        {
            return TypedResults.Problem(
                title: "Model bundle rejected",
                detail: $"Version {result.Version} was rejected: {result.Reason} Still serving {provider.Current?.Version ?? "nothing"}.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        return provider.Current is { } model ? TypedResults.Ok(Status(provider, model, events)) : ModelProblems.NoBundle(provider);
    }

    private static ModelStatusResponse Status(ModelProvider provider, LoadedModel model, EventIngestor events)
    {
        var bundle = model.Bundle;
        var parts = new List<string>();
        AddIf(parts, bundle.Recommender is not null, "recommender");
        AddIf(parts, bundle.Churn is not null, "churn");
        AddIf(parts, bundle.Segments is not null, "segments");
        AddIf(parts, model.Kpis is not null, LoadedModel.KpisSection);
        var rejected = provider.LastRejection is { } rejection ? new RejectionView(rejection.Version, rejection.Reason, rejection.At) : null;
        var overlay = events.OverlayFor(model);
        var applied = new EventsSinceTrainingView(model.LastDay, overlay.Purchases, overlay.Offers);
        return new ModelStatusResponse(model.Version, bundle.Manifest.CreatedAt, model.LoadedAt, parts, provider.Registry.CurrentVersion, rejected, applied);
    }

    private static void AddIf(List<string> parts, bool present, string name)
    {
        if (present)
        {
            parts.Add(name);
        }
    }
}
