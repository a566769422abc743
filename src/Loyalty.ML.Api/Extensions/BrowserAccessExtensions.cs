using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Security;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Loyalty.ML.Api.Extensions;

/// <summary>
/// CORS for the origins of public keys and <c>Browser:Origins</c>: their preflights are answered, any other origin's
/// preflight gets 403, and responses to them carry no CORS headers, so the browser keeps the answer from the page.
/// </summary>
internal static class BrowserAccessExtensions
{
    /// <summary>Headers a page may read besides the simple ones: validators, rate-limit waits, export positions.</summary>
    public static readonly string[] ExposedHeaders = [HeaderNames.ETag, HeaderNames.RetryAfter, HeaderNames.Location, "Loyalty-Model-Version", "Loyalty-Watermark"];

    /// <summary>Adds the policy, built from the configured keys and origins.</summary>
    public static void AddBrowserAccess(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BrowserOptions>().BindConfiguration(BrowserOptions.Section)
            .Validate(options => options.Origins.All(BrowserOrigins.IsOrigin), "Browser:Origins holds an entry that is not an origin (scheme://host[:port], no path).")
            .ValidateOnStart();
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<ApiKeyOptions>, IOptions<BrowserOptions>>((cors, keys, browser) =>
        {
            var allowed = BrowserOrigins.Allowed(keys.Value, browser.Value);
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. allowed])
                .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post)
                .WithHeaders(ApiKeyDefaults.HeaderName, HeaderNames.ContentType, HeaderNames.IfNoneMatch)
                .WithExposedHeaders(ExposedHeaders)
                .SetPreflightMaxAge(browser.Value.PreflightMaxAge));
        });
    }

    /// <summary>Refuses preflights from other origins, then answers the allowed ones; before keys, so a preflight needs none.</summary>
    public static void UseBrowserAccess(this WebApplication app)
    {
        var keys = app.Services.GetRequiredService<IOptions<ApiKeyOptions>>().Value;
        var allowed = BrowserOrigins.Allowed(keys, app.Services.GetRequiredService<IOptions<BrowserOptions>>().Value);
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod)
                && !allowed.Contains(request.Headers.Origin.ToString().ToLowerInvariant()))
            {
                await Results.Problem(
                    title: "Origin not allowed",
                    detail: $"Pages of '{request.Headers.Origin}' may not call this API. Allowed origins are those of the public keys (ApiKeys:Keys:<name>:Origins) and Browser:Origins.",
                    statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        app.UseCors();
    }
}
