using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Api.Exposures;

/// <summary>The log replicas share served lists through (a Redis Stream when Redis is configured). Never throws.</summary>
internal interface IExposureStream
{
    /// <summary>True when other replicas read what is published: stored lists then wait in the outbox until written.</summary>
    bool IsShared { get; }

    /// <summary>Appends a batch of lists served by <paramref name="origin"/>; false when the write failed (logged and counted).</summary>
    Task<bool> PublishAsync(long origin, IReadOnlyList<ServedList> lists);
}
