using System.Globalization;
using Loyalty.ML.Data.Gates;
using Loyalty.ML.Data.Ingestion;
using Loyalty.ML.Data.Mapping;
using Loyalty.ML.Core;
using Loyalty.ML.Data.Ingestion.Sources;
using Loyalty.ML.Data.Ingestion.Values;

using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Data;

/// <summary>
/// Loads an export (CSV, CSV.GZ or Parquet, any column names via a mapping) into a
/// <see cref="PurchaseHistory"/>, streaming row by row and accounting for every row in a <see cref="DataReport"/>.
/// </summary>
public static class PurchaseHistoryLoader
{
    private const string Step = "load";

    /// <summary>Reads the transactions file, then the optional items and customers files.</summary>
    /// <exception cref="DataLoadException">
    /// A file or the mapping is missing or wrong, a file is empty or lacks a mapped column, too many rows are
    /// malformed, or no row was accepted. The message names the file, the line when there is one, and the reason.
    /// </exception>
    /// <exception cref="SanityGateException">A data gate (<c>late_last_day</c>, <c>ambiguous_dates</c>) failed and was not allowed.</exception>
    public static LoadResult Load(DataSources sources, LoadOptions options, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxMalformedFraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxMalformedFraction, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxExamples);
        ArgumentNullException.ThrowIfNull(options.Clock);

        var mapping = ColumnMappingLoader.Load(sources.Mapping);

        // Hashed on the other core while this one parses the rows, the run's single-threaded start.
        var fingerprints = Task.Run(() => Fingerprints(sources));
        var mappingName = sources.Mapping ?? "default mapping";
        var builder = new PurchaseHistoryBuilder();
        var notes = new List<string>();
        var settings = new ReadSettings(options.MaxExamples, DateWindow.From(options), mappingName);

        progress?.Report(new TrainingProgress(Step, 0, $"reading {sources.Transactions}"));
        var format = ValueFormat.Create(mapping.Transactions.Format, mappingName, "transactions.format");
        OutcomeCounter transactions;
        bool hasItemColumn;
        var dayMonth = DayMonthEvidence.For(format);
        using (var source = RowSources.Open(sources.Transactions, format))
        {
            transactions = TransactionReader.Read(source, mapping.Transactions, format, builder, settings, dayMonth, out hasItemColumn,
                fraction => progress?.Report(new TrainingProgress(Step, 0.9 * fraction, $"{sources.Transactions}: {fraction:P0}")));
            Note(source, notes);
        }

        var transactionReport = Check(transactions, sources.Transactions, options, RowOutcomes.InCheckOrder, transactionsFile: true);
        FileReport? items = null;
        if (sources.Items is { } itemsPath && !hasItemColumn)
        {
            notes.Add($"{itemsPath} was not read: the transactions have no item column, so items cannot be linked to purchases.");
        }
        else if (sources.Items is { } path)
        {
            var itemFormat = ValueFormat.Create(mapping.Items.Format, mappingName, "items.format");
            using var source = RowSources.Open(path, itemFormat);
            items = Check(CatalogReader.Read(source, mapping.Items, itemFormat, builder, settings), path, options, RecordOutcomes);
            Note(source, notes);
        }

        FileReport? customers = null;
        if (sources.Customers is { } customersPath)
        {
            var customerFormat = ValueFormat.Create(mapping.Customers.Format, mappingName, "customers.format");
            using var source = RowSources.Open(customersPath, customerFormat);
            customers = Check(CustomerReader.Read(source, mapping.Customers, customerFormat, builder, settings), customersPath, options, RecordOutcomes);
            Note(source, notes);
        }

        var events = options.Events is { } eventSource ? StoredEvents.AddTo(builder, eventSource) : null;
        progress?.Report(new TrainingProgress(Step, 0.95, "building the history"));
        var history = builder.Build();
        var report = Partial(transactionReport, options) with
        {
            Items = items,
            Customers = customers,
            History = HistorySummary.Of(history),
            Notes = notes,
            Events = events,
            Display = mapping.Display,
        };
        if (report.RowsAccepted == 0)
        {
            throw new DataLoadException(sources.Transactions, null, $"no row was accepted as a purchase ({Summary(transactionReport)}).", report);
        }

        report = report with { Gates = DataGates.Check(history, dayMonth, options.AllowedGates, events) };
        SanityGateException.ThrowIfAnyBlocks(report.Gates, report);
        progress?.Report(new TrainingProgress(Step, 1, $"{report.RowsAccepted:N0} of {report.RowsRead:N0} rows accepted"));
        return new LoadResult(history, report, fingerprints.GetAwaiter().GetResult());
    }

    private static readonly RowOutcome[] RecordOutcomes =
        [RowOutcome.Accepted, RowOutcome.OversizedField, RowOutcome.WrongFieldCount, RowOutcome.MissingField, RowOutcome.BadDate, RowOutcome.BadNumber, RowOutcome.BadUrl];

    private static FileReport Check(OutcomeCounter counter, string path, LoadOptions options, IEnumerable<RowOutcome> listed, bool transactionsFile = false)
    {
        var report = counter.ToReport(listed);
        if (counter.Rows == 0)
        {
            throw new DataLoadException(path, null, "the file has a header but no data rows.");
        }

        if (counter.Malformed > options.MaxMalformedFraction * counter.Rows)
        {
            var first = counter.FirstMalformed();
            var share = ((double)counter.Malformed / counter.Rows).ToString("P2", CultureInfo.InvariantCulture);
            var limit = options.MaxMalformedFraction.ToString("P2", CultureInfo.InvariantCulture);
            throw new DataLoadException(path, first?.Line,
                $"{first?.Reason ?? "malformed row"}; {counter.Malformed:N0} of {counter.Rows:N0} rows ({share}) are malformed, above the limit of {limit} ({Summary(report)}).",
                transactionsFile ? Partial(report, options) : null);
        }

        return report;
    }

    // The report of the transactions file alone: all a load that stopped there knows, and the start of a whole one.
    private static DataReport Partial(FileReport transactions, LoadOptions options) => new()
    {
        RowsRead = transactions.RowsRead,
        RowsAccepted = transactions.RowsAccepted,
        RowsExcluded = transactions.RowsExcluded,
        RowsMalformed = transactions.RowsMalformed,
        Outcomes = transactions.Outcomes,
        RuleOrder = RowOutcomes.InCheckOrder.Select(o => o.Name()).ToArray(),
        MalformedThreshold = options.MaxMalformedFraction,
        Transactions = transactions,
    };

    private static void Note(IRowSource source, List<string> notes)
    {
        if (source.EndNote is { } note)
        {
            notes.Add($"{source.Path}: {note}");
        }
    }

    private static string Summary(FileReport report) =>
        string.Join(", ", report.Outcomes.Where(pair => pair.Value > 0).Select(pair => $"{pair.Key}: {pair.Value:N0}"));

    private static SourceFingerprint[] Fingerprints(DataSources sources) =>
        new[] { sources.Transactions, sources.Items, sources.Customers, sources.Mapping }
            .OfType<string>()
            .Select(FileChecksum.Fingerprint)
            .ToArray();
}
