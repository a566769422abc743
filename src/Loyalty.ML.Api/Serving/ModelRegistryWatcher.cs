using System.Threading.Channels;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Serving;

/// <summary>
/// Loads the current bundle at start, then reloads when the registry changes: file system events for speed,
/// a periodic check of the <c>current</c> link for file systems that lose them.
/// </summary>
internal sealed class ModelRegistryWatcher(ModelProvider provider, IOptions<ModelOptions> options, TimeProvider time, ILogger<ModelRegistryWatcher> logger)
    : BackgroundService
{
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await provider.ReloadAsync();
        await base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = options.Value.WatchFileSystem ? Watch() : null;
        while (!stoppingToken.IsCancellationRequested)
        {
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            using var timer = time.CreateTimer(_ => poll.Cancel(), null, options.Value.PollInterval, Timeout.InfiniteTimeSpan);
            try
            {
                await _changes.Reader.ReadAsync(poll.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The poll interval passed without a change event: check anyway.
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await provider.ReloadAsync();
        }
    }

    private FileSystemWatcher? Watch()
    {
        try
        {
            var watcher = new FileSystemWatcher(provider.Registry.Root)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite,
                IncludeSubdirectories = false,
            };
            watcher.Created += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Changed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Deleted += (_, _) => _changes.Writer.TryWrite(true);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or PlatformNotSupportedException)
        {
            ServingLog.WatchFailed(logger, provider.Registry.Root, exception);
            return null;
        }
    }
}
