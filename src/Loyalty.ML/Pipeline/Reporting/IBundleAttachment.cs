namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>
/// A file a run adds to its bundle after the metrics are written and before it is published, so the manifest
/// checksums it: the trainer's HTML report is one. The library knows nothing of how it is drawn.
/// </summary>
public interface IBundleAttachment
{
    /// <summary>Writes the attachment of <paramref name="run"/> into <paramref name="stagingDirectory"/>.</summary>
    void Write(RunRecord run, string stagingDirectory);
}
