using System.Reflection;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Churn;
using Loyalty.ML.Api.Dashboard;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Models;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.ML.Api.Dashboard;

/// <summary>
/// The dashboard for people: <c>/dashboard</c> is a page (and its script and styles, served from this assembly, so it
/// works offline) that asks for a key once and keeps it in the browser's session storage, sending it as a header,
/// never in a URL; the report and live figures behind it need <c>reports:read</c> or <c>admin</c>.
/// </summary>
internal static class DashboardApi
{
    private const int AtRiskShown = 10;
    private const int MaxPageSize = 500;

    /// <summary>Maps the page, its assets and the two keyed endpoints.</summary>
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/dashboard").WithTags("Dashboard").ExcludeFromDescription();
        pages.MapGet("/", GetPage).WithName(nameof(GetPage));
        pages.MapGet("/dashboard.js", () => Asset("dashboard.js", "text/javascript"));
        pages.MapGet("/dashboard.css", () => Asset("dashboard.css", "text/css"));
        pages.MapGet("/dashboard.online.js", () => Asset("dashboard.online.js", "text/javascript"));

        var keyed = app.MapGroup("/dashboard").WithTags("Dashboard")
            .RequireAuthorization(policy => policy.RequireClaim(ApiScopes.ClaimType, ApiScopes.ReportsRead, ApiScopes.Admin));
        keyed.MapGet("/report", GetReport).WithName(nameof(GetReport)).WithSummary("The served model's report.html.");
        keyed.MapGet("/live", GetLive).WithName(nameof(GetLive)).WithSummary("The served model, its headline tiles, events since training, request and cache figures, and the at-risk top page.");
        keyed.MapGet("/at-risk", GetDashboardAtRisk).WithName(nameof(GetDashboardAtRisk)).WithSummary("A page of the at-risk customers (medium and high band), riskiest first, with CLV and reasons.");
        keyed.MapGet("/at-risk.csv", GetDashboardAtRiskCsv).WithName(nameof(GetDashboardAtRiskCsv)).WithSummary("Every at-risk customer as CSV, with CLV, revenue at stake, segment and reasons.");
        return app;
    }

    /// <summary>The dashboard page: a key form and the frame the report goes into.</summary>
    public static FileContentHttpResult GetPage() => Asset("dashboard.html", "text/html");

    /// <summary>The served bundle's report, or 404 when it has none (a bundle trained with --no-report or before reports).</summary>
    public static Results<PhysicalFileHttpResult, ProblemHttpResult> GetReport(ModelProvider provider)
    {
        if (provider.Current is not { } model)
        {
            return ModelProblems.NoBundle(provider);
        }

        var path = Path.Combine(model.Bundle.Directory, "report.html");
        return File.Exists(path)
            ? TypedResults.PhysicalFile(path, "text/html; charset=utf-8")
            : TypedResults.Problem(title: "No report", detail: $"Version {model.Version} has no report.html; write one with ./train.sh report {model.Version}.", statusCode: StatusCodes.Status404NotFound);
    }

    /// <summary>The live figures.</summary>
    public static Ok<DashboardLiveResponse> GetLive(ModelProvider provider, RequestStatistics requests, CacheStatistics cache, EventIngestor events, TimeProvider time)
    {
        var model = provider.Current;
        var created = model?.Bundle.Manifest.CreatedAt;
        var overlay = model is null ? null : events.OverlayFor(model);
        AtRiskPage? atRisk = null;
        if (model?.Bundle.Churn is { } churn)
        {
            var (total, items) = AtRiskPager.Page(new ServedChurn(model, churn, overlay!), AtRiskArguments.DefaultMinProbability, null, 1, AtRiskShown);
            atRisk = new AtRiskPage(model.Version, churn.AsOf, churn.HorizonDays, 1, AtRiskShown, total, items);
        }

        return TypedResults.Ok(new DashboardLiveResponse(
            model?.Version,
            created,
            model?.LoadedAt,
            created is { } at ? Math.Round((time.GetUtcNow() - at).TotalHours, 1) : null,
            model is not null && File.Exists(Path.Combine(model.Bundle.Directory, "report.html")),
            requests.Requests,
            requests.ServerErrors,
            requests.Since,
            cache.MemoryHits,
            cache.RedisHits,
            cache.Misses,
            model is null || overlay is null ? null : new EventsSinceTrainingView(model.LastDay, overlay.Purchases, overlay.Offers),
            atRisk,
            model is null ? [] : DashboardTiles.Of(model.Bundle, model.Bundle.Churn is { } scores ? new ServedChurn(model, scores, overlay!) : null),
            model?.Bundle.Display?.Culture,
            model?.Bundle.Display?.Currency));
    }

    /// <summary>A page of the at-risk customers (medium band and up), riskiest first; 400 for a page or size out of range.</summary>
    public static Results<Ok<AtRiskPage>, ProblemHttpResult> GetDashboardAtRisk(ModelProvider provider, EventIngestor events, int? page, int? pageSize)
    {
        var (number, size) = (page ?? 1, pageSize ?? 25);
        if (number < 1 || size is < 1 or > MaxPageSize)
        {
            return TypedResults.Problem(title: "Bad page", detail: $"page must be 1 or more and pageSize between 1 and {MaxPageSize}; got page {number}, pageSize {size}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!ModelProblems.TryGetPart(provider, loaded => loaded.Bundle.Churn, "churn", out var model, out var churn, out var problem))
        {
            return problem;
        }

        var fresh = new ServedChurn(model, churn, events.OverlayFor(model));

        // The at-risk customers (medium band and up) are the top of the list kept riskiest first.
        var threshold = fresh.ByRisk.LastOrDefault(ML.Churn.Figures.AtRiskCustomer.IsAtRisk)?.Probability ?? double.PositiveInfinity;
        var (total, items) = AtRiskPager.Page(fresh, threshold, null, number, size);
        return TypedResults.Ok(new AtRiskPage(model.Version, churn.AsOf, churn.HorizonDays, number, size, total, items));
    }

    /// <summary>Every at-risk customer as CSV (streamed), or 503 when no model or no churn model is served.</summary>
    public static Results<PushStreamHttpResult, ProblemHttpResult> GetDashboardAtRiskCsv(ModelProvider provider, EventIngestor events, CancellationToken cancellation)
    {
        if (!ModelProblems.TryGetPart(provider, loaded => loaded.Bundle.Churn, "churn", out var model, out var churn, out var problem))
        {
            return problem;
        }

        var fresh = new ServedChurn(model, churn, events.OverlayFor(model));
        return TypedResults.Stream(
            stream => AtRiskCsv.WriteAsync(stream, fresh, cancellation),
            "text/csv; charset=utf-8",
            $"at-risk-{model.Version}.csv");
    }

    private static FileContentHttpResult Asset(string name, string contentType)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Loyalty.ML.Api.Dashboard.{name}")
            ?? throw new InvalidOperationException($"The dashboard asset {name} is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return TypedResults.File(buffer.ToArray(), contentType + "; charset=utf-8");
    }
}
