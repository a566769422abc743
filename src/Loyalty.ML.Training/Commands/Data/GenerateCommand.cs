using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Loyalty.ML.SampleData;
using Loyalty.ML.SampleData.Campaigns;

namespace Loyalty.ML.Training.Commands.Data;

/// <summary><c>generate</c>: writes the deterministic sample history (transactions, items, customers, churn ground truth).</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var outOption = new Option<string>("--out") { Description = "Folder to write the sample files to.", DefaultValueFactory = _ => SampleFiles.DefaultDirectory };
        var seedOption = new Option<int>("--seed") { Description = "Random seed; the same seed and sizes give identical files.", DefaultValueFactory = _ => SampleDataOptions.DefaultSeed };
        var customersOption = new Option<int>("--customers") { Description = "Number of customers.", DefaultValueFactory = _ => SampleDataOptions.DefaultCustomers };
        var itemsOption = new Option<int>("--items") { Description = "Number of items.", DefaultValueFactory = _ => SampleDataOptions.DefaultItems };
        var linesOption = new Option<long>("--lines") { Description = "Approximate number of purchase lines.", DefaultValueFactory = _ => SampleDataOptions.DefaultLines };
        var daysOption = new Option<int>("--days") { Description = "Length of the history in days.", DefaultValueFactory = _ => SampleDataOptions.DefaultDays };
        var endOption = new Option<DateOnly>("--end")
        {
            Description = "Last day of the history (yyyy-MM-dd); fixed so runs do not depend on the clock.",
            DefaultValueFactory = _ => SampleDataOptions.DefaultEndDate,
            CustomParser = result =>
            {
                if (DateOnly.TryParseExact(result.Tokens.Single().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
                {
                    return end;
                }

                result.AddError($"--end must be a date as yyyy-MM-dd, not '{result.Tokens.Single().Value}'.");
                return default;
            },
        };

        var sparseOption = new Option<bool>("--sparse")
        {
            Description = $"A sparse history: orders of one or two lines; with no sizes given, {SampleDataOptions.Sparse.Items:N0} items and {SampleDataOptions.Sparse.Lines:N0} lines.",
        };
        var denseOption = new Option<bool>("--dense")
        {
            Description = $"A dense, bursty, ratings-like history: each customer's lines in a burst of days, each item once; with no sizes given, {SampleDataOptions.Dense.Customers:N0} customers, {SampleDataOptions.Dense.Items:N0} items, {SampleDataOptions.Dense.Lines:N0} lines over {SampleDataOptions.Dense.Days} days.",
        };
        var campaignLift = new Option<double?>("--campaign-lift")
        {
            Description = "Play a win-back campaign 90 days before the end: a treated lapsed customer who would not have bought in the next 60 days buys with this chance (0 for a campaign without effect). Writes campaign_assignments.csv.",
        };
        var campaignName = new Option<string>("--campaign-name") { Description = "Name of the simulated campaign.", DefaultValueFactory = _ => SampleCampaign.DefaultName };
        var campaignShare = new Option<double>("--campaign-control-share") { Description = "Share of the simulated campaign held out.", DefaultValueFactory = _ => new SampleCampaign().ControlShare };
        var command = new Command("generate", "Generate a realistic sample purchase history (deterministic for a seed).")
        {
            outOption, seedOption, customersOption, itemsOption, linesOption, daysOption, endOption, sparseOption, denseOption, campaignLift, campaignName, campaignShare,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(sparseOption) && result.GetValue(denseOption))
            {
                result.AddError("--sparse and --dense describe different histories: give one.");
            }
        });
        command.SetAction(result =>
        {
            var preset = result.GetValue(denseOption) ? SampleDataOptions.Dense : result.GetValue(sparseOption) ? SampleDataOptions.Sparse : new SampleDataOptions();
            return Run(result.GetRequiredValue(outOption), preset with
            {
                Seed = result.GetValue(seedOption),
                Customers = Given(result, customersOption) ?? preset.Customers,
                Items = Given(result, itemsOption) ?? preset.Items,
                Lines = Given(result, linesOption) ?? preset.Lines,
                Days = Given(result, daysOption) ?? preset.Days,
                EndDate = result.GetValue(endOption),
                Campaign = result.GetValue(campaignLift) is { } lift
                    ? new SampleCampaign { Lift = lift, Name = result.GetRequiredValue(campaignName), ControlShare = result.GetValue(campaignShare) }
                    : null,
            });
        });
        return command;
    }

    private static T? Given<T>(ParseResult result, Option<T> option)
        where T : struct => result.GetResult(option) is { Implicit: false } ? result.GetValue(option) : null;

    private static int Run(string directory, SampleDataOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var summary = SampleDataGenerator.Generate(options, directory, new ConsoleProgress(Console.Out));
        var seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine(
            $"Sample data in {Path.GetFullPath(directory)}: {summary.Customers:N0} customers ({summary.ActiveCustomers:N0} active, " +
            $"{summary.LapsingCustomers:N0} lapsing, {summary.ChurnedCustomers:N0} churned), {summary.Items:N0} items in {summary.Categories} categories, " +
            $"{summary.Orders:N0} orders, {summary.PurchaseLines:N0} purchase lines, {summary.ReturnLines:N0} returns.");
        if (summary.Campaign is { } campaign)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Campaign {campaign.Campaign.Name} on {campaign.Day:yyyy-MM-dd}: {campaign.TreatmentCustomers:N0} treatment, {campaign.ControlCustomers:N0} control; true lift in {campaign.Campaign.WindowDays}-day conversion {campaign.TrueConversionLift * 100:F2} points ({campaign.AddedConversions:N0} purchases the offer caused). Assignments in {Path.Combine(Path.GetFullPath(directory), Loyalty.ML.Offers.Campaigns.CampaignAssignmentFile.FileName)}."));
        }

        Console.WriteLine($"Generated in {seconds:F1} s ({(summary.PurchaseLines + summary.ReturnLines) / Math.Max(seconds, 1e-3):N0} lines/s).");
        return 0;
    }
}
