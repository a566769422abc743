namespace Loyalty.ML.Core;

/// <summary>A source file a bundle was trained from, identified by content.</summary>
public sealed record SourceFingerprint(string Path, long Bytes, string Sha256);
