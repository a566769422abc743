using System.CommandLine;
using Loyalty.ML.Core;
using Loyalty.ML.Data;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Training.Cli;
using Loyalty.ML.Training.Commands.Data;

namespace Loyalty.ML.Training.Commands;

/// <summary>
/// The options that say what history to read and how strictly (<c>train</c> and <c>validate</c> share them): the files,
/// the mapping, the malformed-row limit, the date window, the gates allowed to fail and the registry's event store.
/// </summary>
internal sealed class DataInputOptions
{
    /// <summary>The sample data's folder, read when no <c>--data</c> is given.</summary>
    public const string DefaultData = "data/sample";

    private readonly Option<string> _data = new("--data")
    {
        Description = "Transactions file (CSV, CSV.GZ or Parquet), or a folder holding transactions, items and customers files.",
        DefaultValueFactory = _ => DefaultData,
        HelpName = "PATH",
    };

    private readonly Option<string?> _items = new("--items") { Description = "Item catalog file (names, categories, prices, unit sizes).", HelpName = "FILE" };
    private readonly Option<string?> _customers = new("--customers") { Description = "Customers file (birthday, signup, channel, marketing consent).", HelpName = "FILE" };
    private readonly Option<string?> _mapping = new("--mapping") { Description = "Column mapping (JSON, data/mappings/README.md); default: the sample data's column names.", HelpName = "FILE" };
    private readonly Option<double?> _maxMalformed = new("--max-malformed") { Description = "Share of malformed rows (0–1) above which the run fails (default 0.001)." };
    private readonly Option<string[]> _allow = new("--allow")
    {
        Description = "Go on although the named sanity gate fails (repeatable); the summary and data_report.json list every gate.",
        AllowMultipleArgumentsPerToken = false,
        HelpName = "GATE",
    };

    private readonly Option<DateOnly?> _earliest = new("--earliest-date") { Description = "First plausible purchase date; earlier rows are bad_date (default 1970-01-01)." };
    private readonly Option<DateOnly?> _latest = new("--latest-date") { Description = "Last plausible purchase date; later rows are bad_date (default: tomorrow, UTC)." };
    private readonly Option<string?> _events = EventStoreOption.Create("its purchases after the previous model's last day are read as data too");

    /// <summary>Adds the options to <paramref name="command"/>, listed under "Data" in its help.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in HelpGroups.Add("Data", _data, _items, _customers, _mapping, _events, _maxMalformed, _earliest, _latest, _allow))
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The files to read and how, for a run that would publish into the registry at <paramref name="registry"/> (not created when missing).</summary>
    public (DataSources Sources, LoadOptions Options) Read(ParseResult result, string registry)
    {
        var path = result.GetRequiredValue(_data);
        var sources = Directory.Exists(path)
            ? FromFolder(path, result.GetValue(_mapping))
            : new DataSources(path, result.GetValue(_items), result.GetValue(_customers), result.GetValue(_mapping));
        var options = new LoadOptions { AllowedGates = (result.GetValue(_allow) ?? []).ToHashSet(StringComparer.Ordinal) };
        options = result.GetValue(_maxMalformed) is { } share ? options with { MaxMalformedFraction = share } : options;
        options = result.GetValue(_earliest) is { } first ? options with { EarliestDate = first } : options;
        options = options with
        {
            LatestDate = result.GetValue(_latest),
            Events = new EventSource(EventStoreOption.PathOf(result, _events, registry), PreviousLastDay(registry)),
        };
        return (sources, options);
    }

    /// <summary>The files of a folder; an explicit <c>--mapping</c> wins over the folder's own mapping.json.</summary>
    public static DataSources FromFolder(string folder, string? mapping)
    {
        var found = DataSources.FromFolder(folder);
        return found with { Mapping = mapping ?? found.Mapping };
    }

    // The current model's last purchase day: stored events up to it are in its training data already.
    private static DateOnly? PreviousLastDay(string root)
    {
        var registry = Directory.Exists(root) ? new ModelRegistry(root) : null;
        var report = registry?.CurrentVersion is { } version ? Path.Combine(registry.PathOf(version), BundleFiles.DataReport) : null;
        if (report is null || !File.Exists(report))
        {
            return null;
        }

        return BundleJson.Read<DataReport>(report).History?.LastTime is { } time ? DateOnly.FromDateTime(time) : null;
    }
}
