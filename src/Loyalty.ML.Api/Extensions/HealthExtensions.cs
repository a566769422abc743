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

    /// <summary>Maps <c>/health/live</c> and <c>/health/ready</c>.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write }).WithTags("Health");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = Write }).WithTags("Health");
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
