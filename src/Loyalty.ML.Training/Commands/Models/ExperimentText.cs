using System.Globalization;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.Training.Commands.Models;

/// <summary>The online report as <c>models experiment</c> prints it: each experiment's arms, difference and verdict, then every version's lists.</summary>
internal static class ExperimentText
{
    public static void Print(TextWriter output, OnlineReport report, string? name)
    {
        var evaluation = report.Evaluation;
        var experiments = report.Experiments.Where(experiment => name is null || experiment.Experiment.Name == name).ToList();
        if (name is not null && experiments.Count == 0)
        {
            throw new InvalidOperationException($"No lists of an experiment named '{name}' are in the exposure log (is the name right, and did the API serve it?).");
        }

        output.WriteLine(Text($"Served lists matched with purchases within {evaluation.WindowDays:0.##} days after them, first {evaluation.K} items, as of {evaluation.AsOf:yyyy-MM-dd HH:mm} UTC."));
        foreach (var experiment in experiments)
        {
            PrintExperiment(output, experiment, evaluation.K);
        }

        if (report.Experiments.Count == 0)
        {
            output.WriteLine("No experiment has lists in the exposure log; start one with ./train.sh models challenge VERSION --share 0.2.");
        }

        output.WriteLine();
        output.WriteLine(Text($"{"version",-22} {"kind",-10} {"customers",9} {"lists",9} {"hit rate@" + evaluation.K + " [95% interval]",-30} {"precision",9} {"revenue",12} {"offline hit rate",-18}"));
        foreach (var group in evaluation.Groups)
        {
            var offline = report.OfflineHitRates.GetValueOrDefault(group.ModelVersion) is { } figure ? Text($"{figure.HitRate:0.0000} ({figure.Method})") : "–";
            var figures = group.Figures;
            output.WriteLine(Text($"{group.ModelVersion,-22} {group.Kind,-10} {figures.Customers,9:N0} {figures.Lists,9:N0} {Rate(figures.HitRate),-30} {Value(figures.Precision),9} {figures.Revenue,12:N2} {offline,-18}"));
        }
    }

    private static void PrintExperiment(TextWriter output, ExperimentReport report, int k)
    {
        var experiment = report.Experiment;
        var state = experiment.IsRunning ? "running" : Text($"ended {experiment.EndedAt:yyyy-MM-dd HH:mm} UTC, {experiment.Outcome}");
        output.WriteLine();
        output.WriteLine(Text($"experiment {experiment.Name}: challenger {experiment.Challenger} for {experiment.Share:P0} of customers since {experiment.StartedAt:yyyy-MM-dd HH:mm} UTC ({state})"));
        output.WriteLine(Text($"  {"arm",-11} {"version",-22} {"customers",9} {"lists",9} {"pending",8} {"hit rate@" + k + " [95% interval]",-30} {"precision@" + k,12} {"revenue/customer",17}"));
        Arm(output, "challenger", experiment.Challenger, report.Challenger);
        Arm(output, "champion", string.Join(", ", report.ChampionVersions), report.Champion);
        if (report.Comparison is { } comparison)
        {
            var difference = comparison.Difference;
            output.WriteLine(Text($"  difference challenger − champion: {Points(difference.Value)} points (95% interval {Points(difference.Interval95.Low)} to {Points(difference.Interval95.High)}; always-valid {Points(comparison.AlwaysValidInterval95.Low)} to {Points(comparison.AlwaysValidInterval95.High)})"));
            if (comparison.RevenuePerCustomerDifference is { } revenue)
            {
                output.WriteLine(Text($"  revenue from listed items per customer: {revenue.Value:+0.00;-0.00} (95% interval {revenue.Interval95.Low:+0.00;-0.00} to {revenue.Interval95.High:+0.00;-0.00})"));
            }
        }

        output.WriteLine($"  verdict: {report.Summary}");
        output.WriteLine("  " + Better(report));
    }

    private static string Better(ExperimentReport report) => report.Verdict switch
    {
        OnlineVerdict.Better => $"better model: {report.Experiment.Challenger} (the challenger)",
        OnlineVerdict.Worse => $"better model: {string.Join(", ", report.ChampionVersions)} (the champion)",
        _ => report.Comparison?.CustomersStillNeeded is { } needed and > 0
            ? Text($"better model: not known yet; about {needed:N0} more customers in the experiment would tell a difference of the size seen")
            : "better model: not known yet",
    };

    private static void Arm(TextWriter output, string arm, string version, ListFigures figures) =>
        output.WriteLine(Text($"  {arm,-11} {version,-22} {figures.Customers,9:N0} {figures.Lists,9:N0} {figures.PendingLists,8:N0} {Rate(figures.HitRate),-30} {Value(figures.Precision),12} {Value(figures.RevenuePerCustomer, "0.00"),17}"));

    private static string Rate(Estimate? estimate) =>
        estimate is null ? "–" : Text($"{estimate.Value:0.0000} [{estimate.Interval95.Low:0.0000}, {estimate.Interval95.High:0.0000}]");

    private static string Value(Estimate? estimate, string format = "0.0000") => estimate is null ? "–" : estimate.Value.ToString(format, CultureInfo.InvariantCulture);

    private static string Points(double difference) => (difference * 100).ToString("+0.00;-0.00", CultureInfo.InvariantCulture);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
