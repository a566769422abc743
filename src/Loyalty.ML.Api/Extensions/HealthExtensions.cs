using System.Text.Json;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Serving;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loyalty.ML.Api.Extensions;

/// <summary>Liveness (the process answers) and readiness (a model is served; Redis answers when configured), both open.</summary>
internal static class HealthExtensions
{
    /// <summary>Adds the checks.</summary>
    public static void AddApiHealth(this IHostApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddCheck<ModelHealthCheck>("model")
            .AddCheck<RedisHealthCheck>("redis");

    /// <summary>Liveness probe: the process answers.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Readiness probe: a model is served and Redis answers when configured.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>Maps <see cref="LivePath"/> and <see cref="ReadyPath"/>.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write }).WithTags("Health");
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { ResponseWriter = Write }).WithTags("Health");
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
