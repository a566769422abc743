using Loyalty.ML.Pipeline.Reporting;

namespace Loyalty.ML.Reports;

/// <summary>The report as a bundle attachment: <c>report.html</c>, written into the staging folder so the manifest checksums it.</summary>
public sealed class ReportAttachment : IBundleAttachment
{
    /// <inheritdoc />
    public void Write(RunRecord run, string stagingDirectory) => ReportWriter.Write(run, Path.Combine(stagingDirectory, ReportWriter.FileName));
}
