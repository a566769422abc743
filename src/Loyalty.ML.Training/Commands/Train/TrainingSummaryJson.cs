using Loyalty.ML.Data;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Training.Output;

namespace Loyalty.ML.Training.Commands.Train;

/// <summary><c>train --json</c>: the summary of a published run as one JSON document on stdout.</summary>
internal static class TrainingSummaryJson
{
    public static void Print(LoadResult load, TrainingResult result)
    {
        var report = Path.Combine(result.Directory, Reports.ReportWriter.FileName);
        var history = load.Report.History;
        var document = new TrainSummaryDocument(
            result.Manifest.Version,
            Path.GetFullPath(result.Directory),
            File.Exists(report) ? Path.GetFullPath(report) : null,
            result.Manifest.Transactions,
            new DataCounts(
                load.Report.RowsRead,
                load.Report.RowsAccepted,
                load.Report.RowsExcluded,
                load.Report.RowsMalformed,
                load.History.Customers.Count,
                load.History.Items.Count,
                history?.FirstTime is { } first ? DateOnly.FromDateTime(first) : null,
                history?.LastTime is { } last ? DateOnly.FromDateTime(last) : null),
            load.Report.Events,
            MetricsComparison.HeadlineOf(result.Typed).ToDictionary(figure => figure.Path, figure => figure.Value!.Value, StringComparer.Ordinal),
            [.. load.Report.Gates, .. result.Gates],
            load.Report.Notes,
            result.Summary);
        TrainerJson.Print(document, TrainerJson.Default.TrainSummaryDocument);
    }
}
