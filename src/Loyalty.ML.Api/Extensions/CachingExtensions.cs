using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Extensions;

/// <summary>Registers the answer cache: in-process always, Redis when a connection string is configured, the layer chosen by <c>Cache:Layer</c>.</summary>
internal static class CachingExtensions
{
    /// <summary>Adds the cache.</summary>
    public static void AddAnswerCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<CacheOptions>(CacheOptions.Section);
        builder.Services.AddValidatedOptions<RedisOptions>(RedisOptions.Section);
        builder.Services.AddSingleton<CacheStatistics>();
        builder.Services.AddValidatedOptions<HttpCacheOptions>(HttpCacheOptions.Section);
        builder.Services.AddSingleton<ConditionalGet>();
        builder.Services.AddSingleton<IConnectionMultiplexer>(services => Connect(services.GetRequiredService<IOptions<RedisOptions>>().Value));

        // The health check and the Redis gauge use this client with either layer.
        builder.Services.AddSingleton<IRedisCache>(services => services.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<RedisCache>(services)
            : new NoRedisCache());
        builder.Services.AddSingleton<ResponseCache>();
        builder.Services.AddFusionAnswerCache();
        builder.Services.AddSingleton<IAnswerCache>(services => services.GetRequiredService<IOptions<CacheOptions>>().Value.Layer == CacheLayer.FusionCache
            ? services.GetRequiredService<FusionAnswerCache>()
            : services.GetRequiredService<ResponseCache>());
    }

    /// <summary>Connects early, so the first request does not wait for it.</summary>
    public static void ConnectAnswerCache(this WebApplication app)
    {
        app.Services.GetRequiredService<IRedisCache>();
        app.Services.GetRequiredService<IAnswerCache>();
    }

    private static ConnectionMultiplexer Connect(RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.ConnectionString!);

        // A Redis that is down at start must not stop the service: it runs without the cache and reconnects.
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = (int)options.ConnectTimeout.TotalMilliseconds;
        configuration.AsyncTimeout = (int)options.OperationTimeout.TotalMilliseconds;
        configuration.SyncTimeout = (int)options.OperationTimeout.TotalMilliseconds;
        configuration.ConnectRetry = 1;
        configuration.ReconnectRetryPolicy = new LinearRetry(500);
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return ConnectionMultiplexer.Connect(configuration);
    }
}
