using System.Diagnostics;
using System.Text.Json;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Extensions;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Caching;

/// <summary>Both answer-cache layers, for tests that hold each to the same promises.</summary>
internal static class AnswerCacheLayers
{
    /// <summary>The layers' names (as <c>Cache:Layer</c> spells them), as theory data.</summary>
    public static TheoryData<string> All => [nameof(CacheLayer.HandWritten), nameof(CacheLayer.FusionCache)];

    /// <summary>The running service's cache of <paramref name="layer"/> (both are registered; <c>Cache:Layer</c> picks the endpoints' one).</summary>
    public static IAnswerCache Resolve(IServiceProvider services, string layer) => Enum.Parse<CacheLayer>(layer) == CacheLayer.FusionCache
        ? services.GetRequiredService<FusionAnswerCache>()
        : services.GetRequiredService<ResponseCache>();

    /// <summary>A cache of <paramref name="layer"/> without Redis, registered as the service registers it.</summary>
    public static ServiceProvider Standalone(CacheOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new RedisOptions()));
        services.AddSingleton<CacheStatistics>();
        services.AddSingleton<IRedisCache, NoRedisCache>();
        services.AddSingleton<ResponseCache>();
        services.AddFusionAnswerCache();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The answer's JSON stored under <paramref name="key"/> once it is there (at most 5 s): the hand-written layer writes it
    /// as a string, FusionCache as the <c>value</c> of its envelope in the <c>data</c> field of a hash.
    /// </summary>
    public static async Task<string> StoredJson(IDatabase database, string key)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            var type = await database.KeyTypeAsync(key);
            if (type == RedisType.String)
            {
                return (await database.StringGetAsync(key)).ToString();
            }

            if (type == RedisType.Hash && await database.HashGetAsync(key, "data") is { HasValue: true } data)
            {
                using var envelope = JsonDocument.Parse(data.ToString());
                return envelope.RootElement.GetProperty("value").GetRawText();
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"{key} never appeared in Redis.");
    }
}
