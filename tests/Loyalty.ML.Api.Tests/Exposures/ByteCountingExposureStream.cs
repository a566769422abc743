using Loyalty.ML.Api.Exposures;

namespace Loyalty.ML.Api.Tests.Exposures;

/// <summary>A shared exposure stream that takes every write, reading each entry's bytes as Redis would, and allocates nothing for it.</summary>
internal sealed class ByteCountingExposureStream : IExposureStream
{
    private static readonly Task<bool> Taken = Task.FromResult(true);

    /// <inheritdoc />
    public bool IsShared => true;

    /// <summary>Lists written.</summary>
    public long Lists { get; private set; }

    /// <summary>Line feeds in the entries written: one a list.</summary>
    public long Lines { get; private set; }

    /// <inheritdoc />
    public Task<bool> PublishAsync(long origin, ExposureEntries entries)
    {
        foreach (var entry in entries.Entries())
        {
            Lines += entry.Span.Count((byte)'\n');
        }

        Lists += entries.Count;
        return Taken;
    }
}
