using Prometheus;

namespace Loyalty.ML.Api.Extensions;

/// <summary>The service's registration and request pipeline, in the order they matter.</summary>
internal static class LoyaltyExtensions
{
    /// <summary>Where the service listens unless <c>Urls</c> or <c>ASPNETCORE_URLS</c> says otherwise: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Registers everything the service needs.</summary>
    public static void AddLoyaltyServices(this WebApplicationBuilder builder)
    {
        // appsettings.json is read from the working directory, so started from elsewhere the service must still bind to localhost only.
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.AddApiErrors();
        builder.AddModelServing();
        builder.AddAnswerCache();
        builder.AddOffers();
        builder.AddApiKeySecurity();
        builder.AddApiRateLimits();
        builder.AddApiHealth();
        builder.AddApiDocs();
        builder.Services.AddValidatedOptions<Options.BenchmarkOptions>(Options.BenchmarkOptions.Section);
    }

    /// <summary>Errors first, so everything after them answers ProblemDetails; keys before limits, which are per key.</summary>
    public static void UseLoyaltyPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseHttpMetrics();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.ConnectAnswerCache();
    }
}
