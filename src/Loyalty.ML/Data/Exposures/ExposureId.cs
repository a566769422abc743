namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// The identity of one served list: the process that served it (a random 63-bit number drawn at its start) and a
/// counter within that process. Unique across replicas and restarts, so a list read back from the shared stream, or
/// written to it twice, is stored once.
/// </summary>
/// <param name="Origin">The serving process.</param>
/// <param name="Sequence">The list's number within that process, from 1.</param>
public readonly record struct ExposureId(long Origin, long Sequence);
