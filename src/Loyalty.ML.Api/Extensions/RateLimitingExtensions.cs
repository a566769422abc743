using System.Globalization;
using System.Threading.RateLimiting;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Extensions;

/// <summary>
/// Rate limits, 429 ProblemDetails with <c>Retry-After</c>: a fixed window per key name for requests with a valid key,
/// and one per client address for the rest (bad or missing keys), so unauthenticated floods are turned away
/// before they cost a 401. Health probes, <c>/metrics</c> and the benchmark endpoints opt out with <c>DisableRateLimiting</c>, which exempts them
/// from this global limiter too: behind a load balancer they share an address with client traffic.
/// </summary>
internal static class RateLimitingExtensions
{
    /// <summary>
    /// The policy of the event endpoints: at most <see cref="EventOptions.WriteConcurrencyPerKey"/> posts of one key in
    /// progress and <see cref="EventOptions.WriteQueuePerKey"/> waiting (before their body is read), so one key cannot
    /// hold more than that many bodies in memory at once.
    /// </summary>
    public const string EventWritesPolicy = "event-writes";

    private const string AnonymousPrefix = "anonymous:";

    // A public key is in every visitor's page: its limit is per client address, so one scraper cannot use up everyone's.
    private const string PublicPrefix = "public:";

    /// <summary>Adds the limiter; it runs after authentication (which names the key) and before authorization (which answers 401).</summary>
    public static void AddApiRateLimits(this IHostApplicationBuilder builder) =>
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity is { IsAuthenticated: true, Name: { } name }
                    ? context.User.HasClaim(ApiKeyDefaults.KindClaim, ApiKeyDefaults.PublicKind)
                        ? RateLimitPartition.GetFixedWindowLimiter($"{PublicPrefix}{name}:{ClientAddress.Of(context)}", _ => Window(context.RequestServices, name))
                        : RateLimitPartition.GetFixedWindowLimiter(name, key => Window(context.RequestServices, key))
                    : RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => AnonymousWindow(context.RequestServices)));
            options.AddPolicy(EventWritesPolicy, context => RateLimitPartition.GetConcurrencyLimiter(PartitionOf(context), _ => EventWrites(context.RequestServices)));
            options.OnRejected = Reject;
        });

    private static string PartitionOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : AnonymousPrefix + ClientAddress.Of(context);

    private static ConcurrencyLimiterOptions EventWrites(IServiceProvider services)
    {
        var events = services.GetRequiredService<IOptions<EventOptions>>().Value;
        return new ConcurrencyLimiterOptions
        {
            PermitLimit = events.WriteConcurrencyPerKey,
            QueueLimit = events.WriteQueuePerKey,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
    }

    private static FixedWindowRateLimiterOptions AnonymousWindow(IServiceProvider services)
    {
        var limits = services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        return new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.AnonymousPermitLimit,
            Window = limits.AnonymousWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static FixedWindowRateLimiterOptions Window(IServiceProvider services, string keyName)
    {
        var entry = services.GetRequiredService<ApiKeyStore>().Entry(keyName);
        return new FixedWindowRateLimiterOptions
        {
            PermitLimit = entry?.EffectivePermitLimit ?? 1,
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
                Detail = !context.Lease.TryGetMetadata(MetadataName.RetryAfter, out _) && http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == EventWritesPolicy
                    ? $"This API key has as many event posts in progress and waiting as it may; retry after {seconds} s."
                    : http.User.HasClaim(ApiKeyDefaults.KindClaim, ApiKeyDefaults.PublicKind)
                    ? $"This public key's rate limit for your address is used up; retry after {seconds} s."
                    : http.User.Identity?.IsAuthenticated == true
                    ? $"This API key's rate limit is used up; retry after {seconds} s."
                    : $"Too many requests without a valid API key from this address; retry after {seconds} s.",
            },
        });
    }
}
