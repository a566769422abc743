using Loyalty.ML.Pipeline.Reporting;
using Loyalty.ML.Reports.Plots;

namespace Loyalty.ML.Reports;

/// <summary>The report as a bundle attachment: <c>report.html</c>, written into the staging folder so the manifest checksums it.</summary>
public sealed class ReportAttachment : IBundleAttachment
{
    // Made when a run starts, so the plotting code compiles during training (see PlotWarmUp).
    private readonly Task warmUp = Task.Run(PlotWarmUp.Draw);

    /// <summary>How long the last <see cref="Write"/> took (waiting for the warm-up, drawing and writing); null before one.</summary>
    public TimeSpan? LastWriteTime { get; private set; }

    /// <inheritdoc />
    public void Write(RunRecord run, string stagingDirectory)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            warmUp.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // A failed warm-up only costs time: drawing the report itself reports any real failure.
        }

        ReportWriter.Write(run, Path.Combine(stagingDirectory, ReportWriter.FileName));
        LastWriteTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }
}
