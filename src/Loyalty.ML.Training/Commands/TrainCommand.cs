using System.CommandLine;
using System.Text.Json.Nodes;
using Loyalty.ML.Data;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Reports;

namespace Loyalty.ML.Training.Commands;

/// <summary><c>train</c>: load and validate the history, train every model, evaluate, publish a bundle.</summary>
internal static class TrainCommand
{
    public const string DefaultData = "data/sample";

    public const string DefaultEvents = "data/events/events.db";

    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "Transactions file (CSV, CSV.GZ or Parquet), or a folder holding transactions, items and customers files.",
            DefaultValueFactory = _ => DefaultData,
        };
        var items = new Option<string?>("--items") { Description = "Optional item catalog file." };
        var customers = new Option<string?>("--customers") { Description = "Optional customers file." };
        var mapping = new Option<string?>("--mapping") { Description = "Column mapping (JSON); default: the sample data's column names." };
        var maxMalformed = new Option<double?>("--max-malformed") { Description = "Share of malformed rows (0–1) above which the run fails." };
        var offerRules = new Option<string?>("--offer-rules") { Description = "Offer rules (JSON) for the offers report; default: the built-in defaults, which data/offer-rules.json spells out." };
        var allow = new Option<string[]>("--allow")
        {
            Description = "Publish even though the named sanity gate fails (repeatable); the summary and data_report.json list every gate.",
            AllowMultipleArgumentsPerToken = false,
        };
        var earliest = new Option<DateOnly?>("--earliest-date") { Description = "First plausible purchase date (yyyy-MM-dd); earlier rows are bad_date. Default: 1970-01-01." };
        var latest = new Option<DateOnly?>("--latest-date") { Description = "Last plausible purchase date (yyyy-MM-dd); later rows are bad_date. Default: tomorrow (UTC)." };
        var events = new Option<string>("--events")
        {
            Description = "Event store of the API (SQLite): its purchases after the previous model's last day are trained on as well.",
            DefaultValueFactory = _ => DefaultEvents,
        };
        var noReport = new Option<bool>("--no-report") { Description = "Publish without report.html (the report can be written later with the report command)." };
        var registry = CommonOptions.Registry();
        var assignments = CampaignAssignmentsOption.Create();
        var churn = new ChurnCommandOptions();
        var recommender = new RecommenderCommandOptions();
        var command = new Command("train", "Train, evaluate and publish a model bundle.") { data, items, customers, mapping, maxMalformed, offerRules, allow, earliest, latest, events, noReport, registry, assignments };
        churn.AddTo(command);
        recommender.AddTo(command);
        command.SetAction(result =>
        {
            var path = result.GetRequiredValue(data);
            var sources = Directory.Exists(path)
                ? FromFolder(path, result.GetValue(mapping))
                : new DataSources(path, result.GetValue(items), result.GetValue(customers), result.GetValue(mapping));
            var options = new LoadOptions { AllowedGates = (result.GetValue(allow) ?? []).ToHashSet(StringComparer.Ordinal) };
            options = result.GetValue(maxMalformed) is { } share ? options with { MaxMalformedFraction = share } : options;
            options = result.GetValue(earliest) is { } first ? options with { EarliestDate = first } : options;
            options = options with { LatestDate = result.GetValue(latest) };
            var rules = result.GetValue(offerRules) is { } rulesPath ? OfferRulesFile.Load(rulesPath) : new OfferRules();
            var settings = recommender.Read(result);
            var models = new ModelRegistry(result.GetRequiredValue(registry));
            options = options with { Events = new EventSource(result.GetRequiredValue(events), PreviousLastDay(models)) };
            var campaigns = CampaignAssignmentFile.ReadIfExists(CampaignAssignmentsOption.PathOf(result, assignments, issued: null, registry));
            return Run(sources, options, new TrainingSettings { Recommender = settings, Churn = churn.Read(result), Offers = rules }, campaigns, models, !result.GetValue(noReport));
        });
        return command;
    }

    /// <summary>Trains on <paramref name="data"/> with the default load options and <paramref name="recommender"/>, and publishes (<c>tune --publish</c>).</summary>
    public static int Publish(string data, string? mapping, RecommenderOptions recommender, string registry)
    {
        var sources = Directory.Exists(data) ? FromFolder(data, mapping) : new DataSources(data, Mapping: mapping);
        return Run(sources, new LoadOptions(), new TrainingSettings { Recommender = recommender }, [], new ModelRegistry(registry), report: true);
    }

    private static int Run(DataSources sources, LoadOptions options, TrainingSettings settings, IReadOnlyList<CampaignAssignment> campaigns, ModelRegistry registry, bool report)
    {
        var progress = new ConsoleProgress();
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
            TrainingSummary.Print(load, result);
            if (attachment?.LastWriteTime is { } drawn)
            {
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"report drawn and written in {drawn.TotalSeconds:0.00} s"));
            }
        }
        catch (Exception error)
        {
            Console.Error.WriteLine($"warning: the summary could not be printed ({error.Message}); {result.Manifest.Version} is published and current.");
        }

        return 0;
    }

    // The current model's last purchase day: stored events up to it are in its training data already.
    private static DateOnly? PreviousLastDay(ModelRegistry registry)
    {
        var report = registry.CurrentVersion is { } version ? Path.Combine(registry.PathOf(version), BundleFiles.DataReport) : null;
        if (report is null || !File.Exists(report))
        {
            return null;
        }

        var last = JsonNode.Parse(File.ReadAllText(report))?["history"]?["last_time"]?.GetValue<DateTime>();
        return last is { } time ? DateOnly.FromDateTime(time) : null;
    }

    // An explicit --mapping wins over the folder's own mapping.json.
    private static DataSources FromFolder(string folder, string? mapping)
    {
        var found = DataSources.FromFolder(folder);
        return found with { Mapping = mapping ?? found.Mapping };
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
