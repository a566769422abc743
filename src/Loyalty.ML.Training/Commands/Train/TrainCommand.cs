using System.CommandLine;
using Loyalty.ML.Data;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Reports;
using Loyalty.ML.Training.Cli;
using Loyalty.ML.Training.Commands.Campaigns;

namespace Loyalty.ML.Training.Commands.Train;

/// <summary><c>train</c>: load and validate the history, train every model, evaluate, publish a bundle.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var input = new DataInputOptions();
        var offerRules = new Option<string?>("--offer-rules") { Description = "Offer rules (JSON) for the offers report; default: the built-in defaults, which data/offer-rules.json spells out.", HelpName = "FILE" };
        var noReport = new Option<bool>("--no-report") { Description = "Publish without report.html (the report command writes it later)." };
        var unknownConsent = UnknownConsentOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the run's summary as JSON on stdout (progress goes to stderr)." };
        var registry = CommonOptions.Registry();
        var assignments = CampaignAssignmentsOption.Create();
        var churn = new ChurnCommandOptions();
        var recommender = new RecommenderCommandOptions();
        var command = new Command("train", "Load and validate the history, train every model, evaluate it on a time split against baselines, check the sanity gates and publish the bundle as models/current (what ./train.sh does without a command).");
        input.AddTo(command);
        foreach (var option in HelpGroups.Add("Publishing and output", registry, noReport, json, offerRules, unknownConsent, assignments))
        {
            command.Options.Add(option);
        }

        churn.AddTo(command);
        recommender.AddTo(command);
        command.SetAction(result =>
        {
            var (sources, options) = input.Read(result, result.GetRequiredValue(registry));
            var models = new ModelRegistry(result.GetRequiredValue(registry));
            var rules = UnknownConsentOption.Apply(result, unknownConsent, result.GetValue(offerRules) is { } rulesPath ? OfferRulesFile.Load(rulesPath) : new OfferRules());
            var settings = new TrainingSettings { Recommender = recommender.Read(result), Churn = churn.Read(result), Offers = rules };
            var campaigns = CampaignAssignmentFile.ReadIfExists(CampaignAssignmentsOption.PathOf(result, assignments, issued: null, registry));
            return Run(sources, options, settings, campaigns, models, !result.GetValue(noReport), result.GetValue(json));
        });
        return command;
    }

    /// <summary>Trains on <paramref name="data"/> with the default load options and <paramref name="recommender"/>, and publishes (<c>tune --publish</c>).</summary>
    public static int Publish(string data, string? mapping, RecommenderOptions recommender, string registry)
    {
        var sources = Directory.Exists(data) ? DataInputOptions.FromFolder(data, mapping) : new DataSources(data, Mapping: mapping);
        return Run(sources, new LoadOptions(), new TrainingSettings { Recommender = recommender }, [], new ModelRegistry(registry), report: true, json: false);
    }

    private static int Run(DataSources sources, LoadOptions options, TrainingSettings settings, IReadOnlyList<CampaignAssignment> campaigns, ModelRegistry registry, bool report, bool json)
    {
        var progress = new ConsoleProgress(json ? Console.Error : Console.Out);
        var attachment = report ? new ReportAttachment() : null;
        LoadResult load;
        TrainingResult result;
        try
        {
            var pipeline = new TrainingPipeline(settings, TimeProvider.System) { Attachments = attachment is null ? [] : [attachment] };
            load = PurchaseHistoryLoader.Load(sources, options, progress);
            var input = new TrainingInput(load.History, load.Report, load.Sources, RowCounts(load)) { AllowedGates = options.AllowedGates, CampaignAssignments = campaigns, ExposureStorePath = options.Events?.StorePath };
            result = pipeline.Run(input, registry, progress);
        }
        catch (Exception error) when (CommandErrors.IsUserError(error))
        {
            CommandErrors.Report(error);
            Console.Error.WriteLine($"Nothing was published; {registry.CurrentVersion ?? "no version"} stays current.");
            return CommandErrors.ExitCode;
        }

        // Published and current: a summary that cannot be printed must not turn a published run into a failed one.
        try
        {
            if (json)
            {
                TrainingSummaryJson.Print(load, result);
            }
            else
            {
                TrainingSummary.Print(load, result, attachment?.LastWriteTime);
            }
        }
        catch (Exception error)
        {
            Console.Error.WriteLine($"warning: the summary could not be printed ({error.Message}); {result.Manifest.Version} is published and current.");
        }

        return 0;
    }

    private static Dictionary<string, long> RowCounts(LoadResult load) => new()
    {
        ["rows_read"] = load.Report.RowsRead,
        ["rows_accepted"] = load.Report.RowsAccepted,
        ["customers"] = load.History.Customers.Count,
        ["items"] = load.History.Items.Count,
        ["purchase_lines"] = load.History.Purchases.Count,
        ["return_lines"] = load.History.Returns.Count,
    };
}
