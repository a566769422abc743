namespace Loyalty.ML.Data.Exposures;

/// <summary>What storing one read of another replica's exposure stream did.</summary>
/// <param name="Stored">Lists stored now (a list read before is not stored again).</param>
/// <param name="Missing">Lists that replica's numbers skipped before them: lost from its stream.</param>
public readonly record struct ExposureStreamAppend(int Stored, long Missing);
