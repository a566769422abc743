using System.Globalization;
using System.Threading.RateLimiting;
using Loyalty.ML.Api.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Loyalty.ML.Api.Extensions;

/// <summary>Per-key rate limits: a fixed window per key name, 429 ProblemDetails with <c>Retry-After</c>.</summary>
internal static class RateLimitingExtensions
{
    /// <summary>Adds the limiter; requests without a valid key are not limited here (they get 401 or are health checks).</summary>
    public static void AddApiRateLimits(this IHostApplicationBuilder builder) =>
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity is { IsAuthenticated: true, Name: { } name }
                    ? RateLimitPartition.GetFixedWindowLimiter(name, key => Window(context.RequestServices, key))
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = Reject;
        });

    private static FixedWindowRateLimiterOptions Window(IServiceProvider services, string keyName)
    {
        var entry = services.GetRequiredService<ApiKeyStore>().Entry(keyName);
        return new FixedWindowRateLimiterOptions
        {
            PermitLimit = entry?.PermitLimit ?? 1,
            Window = entry?.RateLimitWindow ?? TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static async ValueTask Reject(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This API key's rate limit is used up; retry after {seconds} s.",
            },
        });
    }
}
