namespace Loyalty.ML.Api.Options;

/// <summary>Which implementation serves the answer cache (<see cref="CacheOptions.Layer"/>).</summary>
internal enum CacheLayer
{
    /// <summary>The hand-written memory layer and Redis client with its own circuit breaker.</summary>
    HandWritten,

    /// <summary>FusionCache: memory, then Redis through <c>Microsoft.Extensions.Caching.StackExchangeRedis</c>.</summary>
    FusionCache,
}
