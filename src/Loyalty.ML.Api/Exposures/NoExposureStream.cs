namespace Loyalty.ML.Api.Exposures;

/// <summary>No shared stream (no Redis): the replica's own store holds what it served.</summary>
internal sealed class NoExposureStream : IExposureStream
{
    /// <inheritdoc />
    public bool IsShared => false;

    /// <inheritdoc />
    public Task<bool> PublishAsync(long origin, ExposureEntries entries) => Task.FromResult(true);
}
