using Loyalty.ML.Pipeline.Reporting;
using Loyalty.ML.Reports.Plots;

namespace Loyalty.ML.Reports;

/// <summary>The report as a bundle attachment: <c>report.html</c>, written into the staging folder so the manifest checksums it.</summary>
public sealed class ReportAttachment : IBundleAttachment
{
    // Made when a run starts, so the plotting code compiles during training (see PlotWarmUp).
    private readonly Task warmUp = Task.Run(PlotWarmUp.Draw);

    /// <inheritdoc />
    public void Write(RunRecord run, string stagingDirectory)
    {
        try
        {
            warmUp.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // A failed warm-up only costs time: drawing the report itself reports any real failure.
        }

        ReportWriter.Write(run, Path.Combine(stagingDirectory, ReportWriter.FileName));
    }
}
