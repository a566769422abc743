using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Options;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Apis;

/// <summary>
/// The benchmark's baseline: one Redis GET and the bytes back, nothing else. Mapped only when
/// <c>Benchmark:Enabled</c> is on and Redis is configured.
/// </summary>
internal static class BenchmarkApi
{
    /// <summary>Maps <c>GET /bench/redis-get</c> when the benchmark option is on.</summary>
    public static IEndpointRouteBuilder MapBenchmarkApi(this IEndpointRouteBuilder app)
    {
        var benchmark = app.ServiceProvider.GetRequiredService<IOptions<BenchmarkOptions>>().Value;
        var redis = app.ServiceProvider.GetRequiredService<IOptions<RedisOptions>>().Value;
        if (benchmark.Enabled && redis.IsConfigured)
        {
            app.MapGet("/bench/redis-get", GetBaseline).ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>The value under the benchmark key.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetBaseline(IConnectionMultiplexer connection)
    {
        var value = await connection.GetDatabase().StringGetAsync(CacheKeys.GetBenchmarkKey());
        return value.HasValue
            ? TypedResults.Bytes((byte[])value!, "application/json")
            : TypedResults.Problem(title: "No benchmark value", detail: $"Set {CacheKeys.GetBenchmarkKey()} in Redis first.", statusCode: StatusCodes.Status404NotFound);
    }
}
