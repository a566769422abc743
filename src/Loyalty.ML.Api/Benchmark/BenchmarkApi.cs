using System.Diagnostics;
using System.Runtime;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Options;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Benchmark;

/// <summary>
/// What the benchmark needs besides the real endpoints: the bare Redis baseline (when Redis is configured) and
/// the runtime counters it diffs around each run. Mapped only when <c>Benchmark:Enabled</c> is on.
/// </summary>
internal static class BenchmarkApi
{
    /// <summary>Maps <c>GET /bench/runtime</c>, and <c>GET /bench/redis-get</c> when Redis is configured, when the benchmark option is on.</summary>
    public static IEndpointRouteBuilder MapBenchmarkApi(this IEndpointRouteBuilder app)
    {
        var benchmark = app.ServiceProvider.GetRequiredService<IOptions<BenchmarkOptions>>().Value;
        if (!benchmark.Enabled)
        {
            return app;
        }

        // A measuring tool: limited like client traffic, the baseline runs of bench/run.sh would measure 429s.
        app.MapGet("/bench/runtime", GetRuntime).ExcludeFromDescription().DisableRateLimiting();
        if (app.ServiceProvider.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured)
        {
            app.MapGet("/bench/redis-get", GetBaseline).ExcludeFromDescription().DisableRateLimiting();
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

    /// <summary>Garbage collector, allocation, CPU, thread-pool and JIT counters of this process.</summary>
    public static Ok<RuntimeStatsResponse> GetRuntime()
    {
        using var process = Process.GetCurrentProcess();
        var last = GC.GetGCMemoryInfo(GCKind.Any);
        var gen1 = last.GenerationInfo.Length > 1 ? last.GenerationInfo[1] : default;
        return TypedResults.Ok(new RuntimeStatsResponse(
            GCSettings.IsServerGC,
            GCSettings.LatencyMode.ToString(),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration().TotalMilliseconds,
            GC.GetTotalAllocatedBytes(),
            GC.GetGCMemoryInfo().HeapSizeBytes,
            process.TotalProcessorTime.TotalMilliseconds,
            ThreadPool.ThreadCount,
            ThreadPool.CompletedWorkItemCount,
            JitInfo.GetCompiledMethodCount(),
            JitInfo.GetCompilationTime().TotalMilliseconds,
            last.PromotedBytes,
            gen1.SizeAfterBytes,
            gen1.FragmentationAfterBytes));
    }
}
