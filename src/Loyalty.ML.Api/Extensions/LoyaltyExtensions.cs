using Prometheus;

namespace Loyalty.ML.Api.Extensions;

/// <summary>The service's registration and request pipeline, in the order they matter.</summary>
internal static class LoyaltyExtensions
{
    /// <summary>
    /// Where the service listens unless <c>ASPNETCORE_URLS</c>, <c>--urls</c> or <c>Urls</c> says otherwise: this machine only.
    /// It is set here, not in appsettings.json, where it would override <c>ASPNETCORE_URLS</c>.
    /// </summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Registers everything the service needs.</summary>
    public static void AddLoyaltyServices(this WebApplicationBuilder builder)
    {
        // appsettings.json is read from the working directory, so started from elsewhere the service must still bind to localhost only.
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.HttpsPortsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.AddApiErrors();
        builder.AddServerLimits();
        builder.AddModelServing();
        builder.AddAnswerCache();
        builder.AddOffers();
        builder.AddEvents();
        builder.AddWebhooks();
        builder.AddExperiments();
        builder.AddApiKeySecurity();
        builder.AddBrowserAccess();
        builder.AddApiRateLimits();
        builder.AddApiHealth();
        builder.AddApiDocs();
        builder.AddRequestStatistics();
        builder.Services.AddValidatedOptions<Options.BenchmarkOptions>(Options.BenchmarkOptions.Section);
    }

    /// <summary>
    /// Security headers first, so every answer carries them; then errors, so everything after them answers
    /// ProblemDetails; then request size limits; keys before rate limits, which are per key (or per address without
    /// one), and rate limits before authorization, so a flood of bad keys gets cheap 429s rather than 401s.
    /// </summary>
    public static void UseLoyaltyPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseHttpMetrics();
        app.UseRequestStatistics();
        app.UseServerLimits();
        app.UseBrowserAccess();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.ConnectAnswerCache();
        app.OpenEventStore();
    }
}
