using Loyalty.ML.Api.Options;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Extensions;

/// <summary>
/// Over-long URLs, over-large headers and targets that are not UTF-8 answered as ProblemDetails. Kestrel answers what it rejects itself with an
/// empty body and no way to change it, so its limits are raised above the service's and the service rejects first.
/// </summary>
internal static class ServerLimitsExtensions
{
    /// <summary>Adds the limits and raises Kestrel's above them.</summary>
    public static void AddServerLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<ServerLimitOptions>(ServerLimitOptions.Section);
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<ServerLimitOptions>>((kestrel, options) =>
        {
            var limits = options.Value;
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, limits.MaxUrlLength * ServerLimitOptions.ServerLimitFactor);
            kestrel.Limits.MaxRequestHeadersTotalSize = Math.Max(kestrel.Limits.MaxRequestHeadersTotalSize, limits.MaxHeadersLength * ServerLimitOptions.ServerLimitFactor);
        });
    }

    /// <summary>Answers 414, 431 or 400 ProblemDetails before anything else reads the request.</summary>
    public static void UseServerLimits(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<IOptions<ServerLimitOptions>>().Value;
        app.Use((context, next) => Check(context, next, limits));
    }

    private static Task Check(HttpContext context, RequestDelegate next, ServerLimitOptions limits)
    {
        var request = context.Request;
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? $"{request.Path}{request.QueryString}";
        if (rawTarget.Length > limits.MaxUrlLength)
        {
            return Reject(context, StatusCodes.Status414UriTooLong, "URI too long", $"The request target is {rawTarget.Length} bytes long; at most {limits.MaxUrlLength} are accepted.");
        }

        if (!RequestTarget.IsUtf8(rawTarget))
        {
            return Reject(context, StatusCodes.Status400BadRequest, "Invalid request target", "The path or query holds percent-encoded bytes that are not valid UTF-8 (such as %FF); ids must be UTF-8 text.");
        }

        var headers = 0L;
        foreach (var (name, values) in request.Headers)
        {
            headers += name.Length;
            foreach (var value in values)
            {
                headers += value?.Length ?? 0;
            }
        }

        return headers > limits.MaxHeadersLength
            ? Reject(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large", $"The request headers hold {headers} bytes; at most {limits.MaxHeadersLength} are accepted.")
            : next(context);
    }

    private static Task Reject(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
