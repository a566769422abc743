using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// Stores the lists other replicas served: every <see cref="ExposureOptions.StreamPollInterval"/> it reads each other
/// replica's stream (the directory says which) from the last entry applied, kept per replica in the store in the same
/// transaction as the lists. Its own stream it never reads. A replica's lists are numbered without a gap, so lists lost
/// from its stream (trimmed before this replica read them, or gone with Redis) show as a skip in the numbers: the store
/// keeps the gap, /health and the online evaluation say how many lists are missing. Does nothing without Redis.
/// </summary>
internal sealed class ExposureStreamFollower(
    ExposureStore store, IExposureStream stream, IOptions<ExposureOptions> options, TimeProvider time, ILogger<ExposureStreamFollower> logger) : BackgroundService
{
    /// <summary>Source label of lists read from the stream.</summary>
    public const string FromStream = "stream";

    private const int EntriesPerRead = 50;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (stream is not RedisExposureStream shared)
        {
            return;
        }

        await Task.Yield();
        var positions = store.StreamPositions();
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var origin in await shared.OriginsAsync())
                {
                    if (origin != store.Origin)
                    {
                        await FollowAsync(shared, origin, positions);
                    }
                }

                if (failing)
                {
                    ExposureLogMessages.StreamReadRecovered(logger);
                    failing = false;
                }
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                if (!failing)
                {
                    ExposureLogMessages.StreamReadFailed(logger, exception);
                }

                failing = true;
            }

            await Task.Delay(options.Value.StreamPollInterval, time, stoppingToken);
        }
    }

    private async Task FollowAsync(RedisExposureStream shared, long origin, Dictionary<long, string> positions)
    {
        List<ExposureBatch> batches;
        do
        {
            batches = await shared.ReadAsync(origin, positions.GetValueOrDefault(origin, "0"), EntriesPerRead);
            if (batches.Count == 0)
            {
                return;
            }

            var lists = new List<ExposureRow>();
            foreach (var batch in batches)
            {
                if (batch.Rows() is { } served)
                {
                    lists.AddRange(served);
                }
                else
                {
                    ExposureMetrics.Dropped(ExposureMetrics.Unreadable);
                }
            }

            var missing = store.AppendFromStream(origin, lists, batches[^1].StreamId);
            if (missing > 0)
            {
                ExposureMetrics.Lost(missing);
                ExposureLogMessages.ListsMissing(logger, missing, origin);
            }

            positions[origin] = batches[^1].StreamId;
            ExposureMetrics.Recorded(FromStream, lists.Count);
        }
        while (batches.Count == EntriesPerRead);
    }
}
