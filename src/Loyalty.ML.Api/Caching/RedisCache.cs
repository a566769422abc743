using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Caching;

/// <summary>
/// Redis through the one shared multiplexer, with a bounded wait on every call. After a failure Redis is
/// skipped for a while (a small circuit breaker), and while the multiplexer is disconnected it is not
/// asked at all, so a dead Redis adds no latency; the multiplexer reconnects by itself. Skipped operations are counted
/// (<c>loyalty_redis_failures_total{reason="unavailable"}</c>) as failed ones are, so an outage shows while requests are served.
/// </summary>
internal sealed class RedisCache : IRedisCache
{
    private static readonly Prometheus.Gauge Connected = Prometheus.Metrics.CreateGauge(
        "loyalty_redis_connected", "1 while the shared cache is connected, 0 while answers are computed without it.");

    private readonly IConnectionMultiplexer _connection;
    private readonly CacheStatistics _statistics;
    private readonly TimeProvider _time;
    private readonly ILogger<RedisCache> _logger;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _breakDuration;
    private long _skipUntil;

    /// <summary>Wraps the shared multiplexer.</summary>
    public RedisCache(IConnectionMultiplexer connection, CacheStatistics statistics, IOptions<RedisOptions> options, TimeProvider time, ILogger<RedisCache> logger)
    {
        _connection = connection;
        _statistics = statistics;
        _time = time;
        _logger = logger;
        _timeout = options.Value.OperationTimeout;
        _breakDuration = options.Value.BreakDuration;
        Connected.Set(connection.IsConnected ? 1 : 0);
        connection.ConnectionFailed += (_, args) =>
        {
            Connected.Set(0);
            CacheLog.ConnectionLost(logger, args.EndPoint?.ToString() ?? "?", args.FailureType.ToString());
        };
        connection.ConnectionRestored += (_, args) =>
        {
            Connected.Set(1);
            CacheLog.ConnectionRestored(logger, args.EndPoint?.ToString() ?? "?");
        };
    }

    /// <inheritdoc />
    public bool IsConfigured => true;

    private bool Available => _connection.IsConnected && _time.GetTimestamp() >= Volatile.Read(ref _skipUntil);

    /// <inheritdoc />
    public async ValueTask<byte[]?> TryGetAsync(string key)
    {
        if (!Available)
        {
            _statistics.RedisSkipped();
            return null;
        }

        try
        {
            var value = await _connection.GetDatabase().StringGetAsync(key).WaitAsync(_timeout, _time);
            return value.HasValue ? (byte[]?)value : null;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            Fail("GET", exception);
            return null;
        }
    }

    /// <inheritdoc />
    public void Set(string key, byte[] value, TimeSpan ttl)
    {
        if (!Available)
        {
            _statistics.RedisSkipped();
            return;
        }

        try
        {
            _connection.GetDatabase().StringSet(key, value, ttl, When.Always, CommandFlags.FireAndForget);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            Fail("SET", exception);
        }
    }

    /// <inheritdoc />
    public async Task<string?> CheckAsync()
    {
        try
        {
            await _connection.GetDatabase().PingAsync().WaitAsync(_timeout, _time);
            return null;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            return $"Redis unreachable: {exception.Message}";
        }
    }

    private void Fail(string operation, Exception exception)
    {
        _statistics.RedisError();
        var skipUntil = _time.GetTimestamp() + (long)(_breakDuration.TotalSeconds * _time.TimestampFrequency);
        Volatile.Write(ref _skipUntil, skipUntil);
        CacheLog.RedisFailed(_logger, operation, _breakDuration, exception);
    }
}
