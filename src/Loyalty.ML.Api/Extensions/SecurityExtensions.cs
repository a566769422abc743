using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Extensions;

/// <summary>Registers API key authentication and one authorization policy per scope, and the security headers.</summary>
internal static class SecurityExtensions
{
    /// <summary>Security headers on every answer (<see cref="SecurityHeaders"/>); first in the pipeline, so error answers carry them too.</summary>
    public static void UseSecurityHeaders(this WebApplication app) => app.Use(SecurityHeaders.Apply);

    /// <summary>Adds keys and scopes.</summary>
    public static void AddApiKeySecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>();
        builder.Services.AddSingleton<ApiKeyStore>();
        builder.Services.AddValidatedOptions<RateLimitOptions>(RateLimitOptions.Section);
        builder.Services.AddSingleton<FailedAuthentications>();

        // The framework logs every failed authentication and challenge; FailedAuthentications reports them aggregated instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Authentication", LogLevel.Warning);
        builder.Logging.AddFilter(typeof(ApiKeyAuthenticationHandler).FullName, LogLevel.Warning);
        builder.Services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        var policies = builder.Services.AddAuthorizationBuilder();
        foreach (var scope in ApiScopes.All)
        {
            policies.AddPolicy(scope, policy => policy.RequireClaim(ApiScopes.ClaimType, scope));
        }
    }
}
