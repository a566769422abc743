using Loyalty.ML.Data;
using Loyalty.ML.Training.Commands.Train;
using Spectre.Console;

namespace Loyalty.ML.Training.Commands.Data;

/// <summary>What <c>validate</c> prints: every outcome with its count, examples of what was refused, the history, the events and the gates.</summary>
internal static class ValidationSummary
{
    public static void Print(DataSources sources, DataReport report, string written)
    {
        Console.WriteLine($"validated {sources.Transactions} with {sources.Mapping ?? "the default mapping (the sample data's column names)"}: nothing trained or published");
        var table = new Table().AddColumn("rows").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("read", $"{report.RowsRead:N0}");
        foreach (var outcome in report.RuleOrder)
        {
            if (report.Outcomes.TryGetValue(outcome, out var count) && count > 0)
            {
                table.AddRow(Markup.Escape(outcome), $"{count:N0}");
            }
        }

        AnsiConsole.Write(table);
        foreach (var file in new[] { report.Transactions, report.Items, report.Customers }.OfType<FileReport>())
        {
            foreach (var (outcome, examples) in file.Examples.Where(pair => pair.Key != "accepted"))
            {
                foreach (var example in examples.Take(3))
                {
                    Console.WriteLine($"  {outcome}: {file.File} line {example.Line}: {example.Reason}");
                }
            }
        }

        if (report.History is { } history)
        {
            Console.WriteLine($"  history: {history.Customers:N0} customers, {history.Items:N0} items, {history.PurchaseLines:N0} purchase lines from {history.FirstTime:yyyy-MM-dd} to {history.LastTime:yyyy-MM-dd}");
        }

        if (report.Events is { } events)
        {
            Console.WriteLine($"  {EventsSummary.Line(events)}");
        }

        foreach (var note in report.Notes)
        {
            Console.WriteLine($"  note: {note}");
        }

        foreach (var gate in report.Gates)
        {
            var state = gate.Passed ? "passed" : gate.Allowed ? "failed, allowed" : "FAILED";
            Console.WriteLine($"  gate {gate.Name}: {state}, {gate.Detail}");
        }

        Console.WriteLine($"validation report: {written}");
    }
}
