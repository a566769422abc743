using System.Runtime;

namespace Loyalty.ML.Core;

/// <summary>
/// Hands back what a part of a training run no longer needs before the next part allocates. The collector frees large
/// arrays only in full collections, and starts one only after a budget that grows with what survived the last one: with
/// the history's columns alive that is hundreds of megabytes, so the next part's arrays are laid on top of the last
/// part's dead ones. Measured on 2M lines: 100 MB alive under a 480 MB peak.
/// </summary>
internal static class TrainingMemory
{
    /// <summary>A full, compacting collection that also returns the freed memory to the system.</summary>
    public static void Release()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
