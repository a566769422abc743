using Loyalty.ML.Core;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Reports.Tests;

/// <summary>Two small runs with their reports, trained once for every test: the sample data, and the same without items (churn only).</summary>
public sealed class SampleRuns : IDisposable
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    public SampleRuns()
    {
        Root = Directory.CreateTempSubdirectory("loyalty-reports-").FullName;
        var (history, _) = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 600, Items = 100, Lines = 12_000 });
        Registry = new ModelRegistry(Path.Combine(Root, "models"));
        Sample = Train(history, Registry);
        WithoutItems = Train(Itemless(history), new ModelRegistry(Path.Combine(Root, "itemless")));
    }

    public string Root { get; }

    public ModelRegistry Registry { get; }

    public TrainingResult Sample { get; }

    public TrainingResult WithoutItems { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Trains <paramref name="history"/> into <paramref name="registry"/> as if read from the transactions file <paramref name="source"/> (none: a history in memory).</summary>
    public static TrainingResult Train(PurchaseHistory history, ModelRegistry registry, string? source = null)
    {
        var pipeline = new TrainingPipeline(new TrainingSettings(), Clock) { Attachments = [new ReportAttachment()] };
        var report = new Data.DataReport
        {
            RowsRead = history.Purchases.Count,
            RowsAccepted = history.Purchases.Count,
            RowsExcluded = 0,
            RowsMalformed = 0,
            Outcomes = new Dictionary<string, long> { ["accepted"] = history.Purchases.Count },
            RuleOrder = ["accepted"],
            MalformedThreshold = 0.001,
            Transactions = new Data.FileReport { File = "transactions.csv", RowsRead = history.Purchases.Count, RowsAccepted = history.Purchases.Count, RowsExcluded = 0, RowsMalformed = 0, Outcomes = new Dictionary<string, long>(), Examples = new Dictionary<string, IReadOnlyList<Data.RowIssue>>() },
            History = Data.HistorySummary.Of(history),
        };
        SourceFingerprint[] sources = source is null ? [] : [new SourceFingerprint(Path.GetFullPath(source), history.Purchases.Count, source)];
        return pipeline.Run(new TrainingInput(history, report, sources, new Dictionary<string, long>()), registry);
    }

    private static PurchaseHistory Itemless(PurchaseHistory history)
    {
        var builder = new PurchaseHistoryBuilder();
        var lines = history.Purchases;
        for (var line = 0; line < lines.Count; line++)
        {
            builder.AddPurchase(history.Customers[lines.Customer[line]], null, $"o{lines.Order[line]}", lines.Time[line], lines.Quantity[line], lines.UnitPrice[line]);
        }

        return builder.Build();
    }
}

/// <summary>Shares <see cref="SampleRuns"/> between the test classes.</summary>
[CollectionDefinition(Name)]
public sealed class SampleRunsCollection : ICollectionFixture<SampleRuns>
{
    public const string Name = "sample runs";
}

