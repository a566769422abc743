using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// Stores the lists other replicas served: reads the exposure stream from the last entry this replica applied (kept in
/// its store, in the same transaction as the lists) every <see cref="ExposureOptions.StreamPollInterval"/>, and skips
/// the entries this process wrote without reading them. Does nothing without Redis.
/// </summary>
internal sealed class ExposureStreamFollower(
    ExposureLog log, ExposureStore store, IExposureStream stream, IOptions<ExposureOptions> options, TimeProvider time, ILogger<ExposureStreamFollower> logger) : BackgroundService
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
        var position = store.StreamPosition() ?? "0";
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var read = 0;
            try
            {
                var batches = await shared.ReadAsync(position, EntriesPerRead);
                read = batches.Count;
                position = Apply(batches, position);
                if (failing)
                {
                    ExposureLogMessages.StreamReadRecovered(logger, position);
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

            if (read < EntriesPerRead)
            {
                await Task.Delay(options.Value.StreamPollInterval, time, stoppingToken);
            }
        }
    }

    private string Apply(List<ExposureBatch> batches, string position)
    {
        if (batches.Count == 0)
        {
            return position;
        }

        var lists = new List<ServedList>();
        foreach (var batch in batches.Where(batch => batch.Origin != log.Origin))
        {
            if (batch.Lists() is { } served)
            {
                lists.AddRange(served.Where(ExposureStore.CanStore));
            }
            else
            {
                ExposureMetrics.Dropped(ExposureMetrics.Unreadable);
            }
        }

        store.AppendFromStream(lists, batches[^1].StreamId);
        ExposureMetrics.Recorded(FromStream, lists.Count);
        return batches[^1].StreamId;
    }
}
