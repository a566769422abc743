namespace Loyalty.ML.Api.Exposures;

/// <summary>How replicas share served lists (a Redis stream per replica when Redis is configured). Never throws.</summary>
internal interface IExposureStream
{
    /// <summary>True when other replicas read what is published: stored lists then wait in the outbox until written.</summary>
    bool IsShared { get; }

    /// <summary>Appends the entries of lists served by <paramref name="origin"/>; false when the write failed (logged and counted).</summary>
    Task<bool> PublishAsync(long origin, ExposureEntries entries);
}
