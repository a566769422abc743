using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace Loyalty.ML.Api.Security;

/// <summary>
/// Headers on every answer, errors included: <c>X-Content-Type-Options: nosniff</c>, <c>X-Frame-Options: DENY</c>,
/// <c>Referrer-Policy: no-referrer</c>, a Content-Security-Policy without inline script
/// (<see cref="ContentSecurityPolicies"/>) and, unless an endpoint chose its own caching, <c>Cache-Control: no-store</c>:
/// answers carry customers' data (churn risk, offers, segments, purchases), which no browser or proxy should keep.
/// </summary>
internal static partial class SecurityHeaders
{
    private const string DashboardPrefix = "/dashboard";
    private const string ReferencePrefix = "/scalar";

    /// <summary>Adds the headers to the answer of <paramref name="context"/> as it starts.</summary>
    public static async Task Apply(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = path.StartsWithSegments(DashboardPrefix) && !path.StartsWithSegments(DashboardPrefix + "/report")
                    ? ContentSecurityPolicies.Dashboard
                    : ContentSecurityPolicies.Data;
            }

            if (!headers.ContainsKey(HeaderNames.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });

        if (path.StartsWithSegments(ReferencePrefix) && HttpMethods.IsGet(context.Request.Method))
        {
            await ReferencePage(context, next);
            return;
        }

        await next(context);
    }

    // The reference's HTML is a few hundred bytes with one inline script: held, hashed for its policy, then sent.
    private static async Task ReferencePage(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var isHtml = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        var hash = isHtml && InlineScript().Match(Encoding.UTF8.GetString(held.ToArray())) is { Success: true } script
            ? Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups[1].Value)))
            : null;
        context.Response.Headers.ContentSecurityPolicy = isHtml ? ContentSecurityPolicies.Reference(hash) : ContentSecurityPolicies.Data;
        held.Position = 0;
        await held.CopyToAsync(original, context.RequestAborted);
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
