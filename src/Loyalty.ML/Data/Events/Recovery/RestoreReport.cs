namespace Loyalty.ML.Data.Events.Recovery;

/// <summary>What a restore did.</summary>
/// <param name="Restored">The backup's check: its counts, stream position and id, now the store's.</param>
/// <param name="SetAside">The files that were in the store's place, renamed beside it (nothing is deleted).</param>
public sealed record RestoreReport(EventStoreReport Restored, IReadOnlyList<string> SetAside);
