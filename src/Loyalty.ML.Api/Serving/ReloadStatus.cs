namespace Loyalty.ML.Api.Serving;

/// <summary>What a reload did.</summary>
internal enum ReloadStatus
{
    /// <summary>A new bundle is now served.</summary>
    Loaded,

    /// <summary>The registry points at the bundle already served.</summary>
    Unchanged,

    /// <summary>The bundle failed to load; the previous one (if any) keeps serving.</summary>
    Rejected,

    /// <summary>The registry has no current bundle.</summary>
    NoBundle,
}
