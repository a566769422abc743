using System.Globalization;
using Loyalty.ML.Data;
using Spectre.Console;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Training.Commands.Train;

/// <summary>The short report printed after a published run: data, models' lines, headline metrics, where the bundle is.</summary>
internal static class TrainingSummary
{
    public static void Print(LoadResult load, TrainingResult result, TimeSpan? reportTime)
    {
        var table = new Table().AddColumn("what").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("rows read", $"{load.Report.RowsRead:N0}");
        table.AddRow("rows accepted", $"{load.Report.RowsAccepted:N0}");
        table.AddRow("rows excluded by a rule", $"{load.Report.RowsExcluded:N0}");
        table.AddRow("rows malformed (data_report.json says where)", $"{load.Report.RowsMalformed:N0}");
        table.AddRow("customers", $"{load.History.Customers.Count:N0}");
        table.AddRow("items", $"{load.History.Items.Count:N0}");
        foreach (var figure in MetricsComparison.HeadlineOf(result.Typed))
        {
            table.AddRow(Markup.Escape(figure.Path), figure.Value!.Value.ToString("0.####", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        foreach (var line in result.Summary)
        {
            AnsiConsole.MarkupLineInterpolated($"  {line}");
        }

        if (load.Report.Events is { } events)
        {
            AnsiConsole.MarkupLineInterpolated($"  {EventsSummary.Line(events)}");
        }

        foreach (var note in load.Report.Notes)
        {
            AnsiConsole.MarkupLineInterpolated($"  [yellow]note[/] {note}");
        }

        foreach (var gate in load.Report.Gates.Concat(result.Gates))
        {
            var state = gate.Passed ? "[green]passed[/]" : "[yellow]failed, allowed[/]";
            AnsiConsole.MarkupLine($"  gate {Markup.Escape(gate.Name)}: {state}, {Markup.Escape(gate.Detail)}");
        }

        AnsiConsole.MarkupLineInterpolated($"[green]published[/] {result.Manifest.Version} -> {result.Directory}, now current");
        var report = Path.Combine(result.Directory, Reports.ReportWriter.FileName);
        if (File.Exists(report))
        {
            AnsiConsole.MarkupLineInterpolated($"report: {Path.GetFullPath(report)} (open it in a browser, or ./train.sh report --open)");
        }

        if (reportTime is { } drawn)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report drawn and written in {drawn.TotalSeconds:0.00} s"));
        }
    }
}
