using Loyalty.ML.Api.Exposures;

namespace Loyalty.ML.Api.Tests.Exposures;

/// <summary>A shared exposure stream that takes every write and remembers the thread each was made on.</summary>
internal sealed class ThreadRecordingExposureStream : IExposureStream
{
    private readonly Lock _gate = new();
    private readonly List<(string? Name, bool IsPoolThread)> _threads = [];
    private int _lists;

    /// <summary>Completed once a write was made.</summary>
    public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc />
    public bool IsShared => true;

    /// <summary>Lists written.</summary>
    public int Lists => Volatile.Read(ref _lists);

    /// <summary>The name of each writing thread and whether it was a thread pool worker.</summary>
    public List<(string? Name, bool IsPoolThread)> Threads()
    {
        lock (_gate)
        {
            return [.. _threads];
        }
    }

    /// <inheritdoc />
    public Task<bool> PublishAsync(long origin, ExposureEntries entries)
    {
        lock (_gate)
        {
            _threads.Add((Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread));
        }

        Interlocked.Add(ref _lists, entries.Count);
        Written.TrySetResult();
        return Task.FromResult(true);
    }
}
