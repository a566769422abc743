using System.Text.Json;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Events.Durability;
using Loyalty.ML.Api.Events.Streaming;
using Loyalty.ML.Api.Exposures;
using Loyalty.ML.Api.Serving;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loyalty.ML.Api.Extensions;

/// <summary>
/// Liveness (the process answers), readiness (this replica can answer: a model is served and its event store is sound)
/// and the full report (Redis and the event stream too, <c>Degraded</c> when Redis does not answer or events were
/// missed, or lists of other replicas' exposure streams), all open and never rate-limited: a probe that shares an address with a
/// flood (a load balancer's) must not take the replica out of rotation. Redis is no part of readiness: every request succeeds
/// without it, and a shared Redis failing would otherwise take every replica out of rotation at once.
/// </summary>
internal static class HealthExtensions
{
    /// <summary>Tag of the checks readiness consists of.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Liveness probe: the process answers.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Readiness probe: a model is served and the event store is sound.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>Every check, Redis included; 200 while Degraded, 503 only when a model is not served.</summary>
    public const string ReportPath = "/health";

    /// <summary>Adds the checks.</summary>
    public static void AddApiHealth(this IHostApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddCheck<ModelHealthCheck>("model", tags: [ReadyTag])
            .AddCheck<EventStoreHealthCheck>("events-store", tags: [ReadyTag])
            .AddCheck<RedisHealthCheck>("redis", failureStatus: HealthStatus.Degraded)
            .AddCheck<EventStreamHealth>("events-stream", failureStatus: HealthStatus.Degraded)
            .AddCheck<ExposureStreamHealth>("exposures-stream", failureStatus: HealthStatus.Degraded);

    /// <summary>Maps <see cref="LivePath"/>, <see cref="ReadyPath"/> and <see cref="ReportPath"/>, exempt from every rate limit.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write }).WithTags("Health").DisableRateLimiting();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = Write }).WithTags("Health").DisableRateLimiting();
        app.MapHealthChecks(ReportPath, new HealthCheckOptions { ResponseWriter = Write }).WithTags("Health").DisableRateLimiting();
        return app;
    }

    private static async Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
