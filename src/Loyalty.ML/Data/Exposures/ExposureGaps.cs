namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// Lists of other replicas this store never received: their numbers skipped on the stream (entries trimmed before this
/// replica read them, or lost with Redis). The online figures computed from the store miss them.
/// </summary>
/// <param name="Gaps">Places where a replica's list numbers skipped.</param>
/// <param name="MissingLists">Lists missing in those gaps.</param>
public sealed record ExposureGaps(int Gaps, long MissingLists)
{
    /// <summary>No list missing.</summary>
    public static ExposureGaps None { get; } = new(0, 0);

    /// <summary>The lists of other replicas missing from the store at <paramref name="path"/> in gaps after which a list served at or after <paramref name="since"/> came; none when there is no store.</summary>
    public static ExposureGaps In(string path, DateTimeOffset since) => ExposureGapLog.Read(path, since);

    /// <summary>True when every list of the other replicas' streams was received.</summary>
    public bool Complete => MissingLists == 0;
}
