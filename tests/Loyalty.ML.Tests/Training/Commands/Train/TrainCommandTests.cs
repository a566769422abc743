using System.Text.Json.Nodes;
using Loyalty.ML.Churn;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Tests.Training.Commands.Train;

public sealed class TrainCommandTests : IDisposable
{
    private const string Header = "customer_id,item_id,order_id,timestamp,quantity,unit_price,channel,store";
    private readonly TempDirectory _folder = new();

    [Fact]
    public void RuntimeConfig_Trainer_CompilesHotLoopsOptimizedFromTheirFirstCall()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "loyalty-train.runtimeconfig.json");

        var properties = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!;

        Assert.False(properties["System.Runtime.TieredCompilation.QuickJit"]!.GetValue<bool>());
    }

    [Fact]
    public void RuntimeConfig_Trainer_CompactsMostAndKeepsGen0Small()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "loyalty-train.runtimeconfig.json");

        var properties = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!;

        Assert.False(properties["System.GC.Server"]!.GetValue<bool>());
        Assert.Equal(9, properties["System.GC.ConserveMemory"]!.GetValue<int>());
        Assert.Equal(4 * 1024 * 1024, properties["System.GC.Gen0MaxBudget"]!.GetValue<int>());
    }

    [Fact]
    public void Train_GeneratedSample_PublishesBundleWithReportMetricsAndChecksums()
    {
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "data/sample", "--customers", "300", "--items", "60", "--lines", "6000").ExitCode);

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "train");

        Assert.True(exitCode == 0, output);
        var current = _folder.Combine("models", BundleFiles.Current);
        var manifest = BundleVerifier.Verify(current);
        var transactionRows = File.ReadLines(_folder.Combine("data", "sample", "transactions.csv")).Count() - 1;
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(current, BundleFiles.DataReport)))!;
        Assert.Equal(transactionRows, report["rows_read"]!.GetValue<long>());
        Assert.Equal(transactionRows, manifest.RowCounts["rows_read"]);
        var metrics = JsonNode.Parse(File.ReadAllText(Path.Combine(current, BundleFiles.Metrics)))!.AsObject();
        Assert.True(metrics.ContainsKey("recommendations") && metrics.ContainsKey("offers"), metrics.ToJsonString());
        var typed = RunMetrics.FromDocument(metrics);
        Assert.All(HeadlineMetrics.All, metric => Assert.True(metric.Of(typed).Value is { } value && MetricsComparison.NumberAt(metrics, metric.NameIn(typed)) == value, $"{metric.NameIn(typed)} is not read back as metrics.json holds it"));
        Assert.Contains($"published {manifest.Version}", output, StringComparison.Ordinal);
        Assert.Contains("rows malformed", output, StringComparison.Ordinal);
        Assert.Contains("gate churn_quality: passed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_EventsServedFromAnotherRegistry_AreNotReadAndTheOwnStoreIsCountedOrNamedOnFailure()
    {
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "data/sample", "--customers", "300", "--items", "60", "--lines", "6000").ExitCode);
        AppendPurchase(new ModelRegistry(_folder.Combine("models")).EventStorePath, "till7-000123", new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero));
        AppendPurchase(new ModelRegistry(_folder.Combine("other")).EventStorePath, "till2-000001", new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.Zero));

        var blocked = TrainerProcess.Run(_folder.Path, "train");
        var other = TrainerProcess.Run(_folder.Path, "train", "--models", "other");

        Assert.Equal(2, blocked.ExitCode);
        Assert.Contains($"in the event store {_folder.Combine("models", "events", "events.db")}: event id till7-000123", blocked.Output, StringComparison.Ordinal);
        Assert.True(other.ExitCode == 0, other.Output);
        Assert.Contains($"events: 1 purchase and 0 returns reported to the API after 2025-12-31, from {_folder.Combine("other", "events", "events.db")}", other.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("till7", other.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_SameDataInTwoProcesses_PublishesTheSameMetrics()
    {
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "data/sample", "--customers", "300", "--items", "60", "--lines", "6000").ExitCode);

        var first = TrainerProcess.Run(_folder.Path, "train", "--models", "first");
        var second = TrainerProcess.Run(_folder.Path, "train", "--models", "second");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first.Output + second.Output);
        var (a, b) = (MetricsWithoutTimings("first"), MetricsWithoutTimings("second"));
        Assert.NotNull(a["churn"]!["intervals_95"]!["auc"]);
        Assert.Equal(a.ToJsonString(), b.ToJsonString());
    }

    [Fact]
    public void Train_ChurnOptions_SetHorizonBandsLifetimeValueAndTestCutoff()
    {
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "data/sample", "--customers", "300", "--items", "60", "--lines", "6000").ExitCode);

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "train", "--churn-horizon", "60", "--risk-medium", "0.3", "--risk-high", "0.9", "--clv-months", "6", "--clv-discount", "0.02", "--churn-test-cutoff", "2025-06-30");

        Assert.True(exitCode == 0, output);
        var current = _folder.Combine("models", BundleFiles.Current);
        var churn = JsonNode.Parse(File.ReadAllText(Path.Combine(current, BundleFiles.Metrics)))!["churn"]!;
        Assert.Equal(60, (int)churn["horizon_days"]!);
        Assert.Equal("2025-06-30", (string)churn["test_cutoff"]!);
        Assert.Equal(6, (int)churn["clv"]!["months"]!);
        Assert.Equal(0.02, (double)churn["clv"]!["monthly_discount_rate"]!);
        var scores = ChurnScores.LoadIfPresent(current)!;
        Assert.Equal(60, scores.HorizonDays);
        Assert.All(scores.ByRisk, score => Assert.Equal(score.Probability >= 0.9 ? RiskBand.High : score.Probability >= 0.3 ? RiskBand.Medium : RiskBand.Low, score.Band));
    }

    [Fact]
    public void Train_RiskThresholdsInverted_FailsNamingBothAndPublishesNothing()
    {
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "data/sample", "--customers", "100", "--items", "30", "--lines", "1000").ExitCode);

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "train", "--risk-medium", "0.8", "--risk-high", "0.6");

        Assert.Equal(2, exitCode);
        Assert.Contains("medium-risk threshold (0.8) must be below the high-risk threshold (0.6)", output, StringComparison.Ordinal);
        Assert.Null(new ModelRegistry(_folder.Combine("models")).CurrentVersion);
    }

    [Theory]
    [InlineData("bad-date", "C1,I1,O1,2026-02-30T10:00:00,1,2.5,web,", "line 3")]
    [InlineData("bad-number", "C1,I1,O1,2026-02-03T10:00:00,one,2.5,web,", "line 3")]
    [InlineData("out-of-window-date", "C1,I1,O1,9999-02-03T10:00:00,1,2.5,web,", "'9999-02-03T10:00:00' in column 'timestamp' is outside the plausible dates")]
    [InlineData("missing-column", null, "unit_price")]
    [InlineData("empty", null, "empty")]
    public void Train_MalformedInput_FailsNamingFileAndReasonAndKeepsCurrent(string name, string? badLine, string expected)
    {
        var good = Write("good.csv", Header, "C1,I1,O1,2026-02-01T10:00:00,1,2.5,web,", "C2,I2,O2,2026-02-02T10:00:00,2,4,web,");
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train", "--data", good).ExitCode);
        var published = new ModelRegistry(_folder.Combine("models")).CurrentVersion;
        var bad = name switch
        {
            "missing-column" => Write($"{name}.csv", "customer_id,item_id,order_id,timestamp,quantity", "C1,I1,O1,2026-02-01T10:00:00,1"),
            "empty" => Write($"{name}.csv"),
            _ => Write($"{name}.csv", Header, "C1,I1,O1,2026-02-01T10:00:00,1,2.5,web,", badLine!),
        };

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "train", "--data", bad);

        Assert.Equal(2, exitCode);
        Assert.Contains(bad, output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(published, new ModelRegistry(_folder.Combine("models")).CurrentVersion);
        Assert.Single(new ModelRegistry(_folder.Combine("models")).List());
    }

    [Fact]
    public void Train_LatestDateOption_MakesLaterRowsBadDates()
    {
        var data = Write("sales.csv", Header, "C1,I1,O1,2026-02-01T10:00:00,1,2.5,web,", "C2,I2,O2,2026-02-02T10:00:00,2,4,web,");

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "train", "--data", data, "--latest-date", "2026-02-01");

        Assert.Equal(2, exitCode);
        Assert.Contains($"{data} line 3", output, StringComparison.Ordinal);
        Assert.Contains("1970-01-01 to 2026-02-01", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was published", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_BacktrackingItemPattern_FailsNamingTheMappingKeyWithoutAStackTrace()
    {
        var data = Write("sales.csv", Header, $"C1,{new string('a', 40)}b,O1,2026-02-01T10:00:00,1,2.5,web,");
        var mapping = Write("mapping.json", """{ "transactions": { "non_products": { "item_id_pattern": "^(a+)+$" } } }""");

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "train", "--data", data, "--mapping", mapping);

        Assert.Equal(2, exitCode);
        Assert.Contains("transactions.non_products.item_id_pattern", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_MappingNamingAbsentColumn_FailsNamingTheMapping()
    {
        var data = Write("sales.csv", Header, "C1,I1,O1,2026-02-01T10:00:00,1,2.5,web,");
        var mapping = Write("mapping.json", """{ "transactions": { "columns": { "customer_id": "Kunde" } } }""");

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "train", "--data", data, "--mapping", mapping);

        Assert.Equal(2, exitCode);
        Assert.Contains("Kunde", output, StringComparison.Ordinal);
        Assert.Null(new ModelRegistry(_folder.Combine("models")).CurrentVersion);
    }

    [Fact]
    public void Train_FolderWithItsOwnMapping_UsesTheFoldersMapping()
    {
        Directory.CreateDirectory(_folder.Combine("export"));
        File.WriteAllLines(_folder.Combine("export", "transactions.csv"), ["Kunde,Artikel,Beleg,Datum,Menge,Preis", "K1,A1,B1,2026-02-01T10:00:00,1,2.5", "K2,A2,B2,2026-02-02T10:00:00,2,4"]);
        File.WriteAllText(_folder.Combine("export", "mapping.json"), """
            { "transactions": { "columns": { "customer_id": "Kunde", "item_id": "Artikel", "order_id": "Beleg", "timestamp": "Datum", "quantity": "Menge", "unit_price": "Preis" } } }
            """);

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "train", "--data", "export");

        Assert.True(exitCode == 0, output);
        Assert.Equal(2, BundleVerifier.Verify(_folder.Combine("models", BundleFiles.Current)).RowCounts["rows_accepted"]);
    }

    // Wall-clock timings are the only numbers a run may not repeat.
    private JsonObject MetricsWithoutTimings(string models)
    {
        var metrics = JsonNode.Parse(File.ReadAllText(_folder.Combine(models, BundleFiles.Current, BundleFiles.Metrics)))!.AsObject();
        static void Strip(JsonNode? node)
        {
            if (node is JsonObject section)
            {
                foreach (var name in section.Select(pair => pair.Key).Where(name => name.EndsWith("_seconds", StringComparison.Ordinal)).ToList())
                {
                    section.Remove(name);
                }

                foreach (var (_, child) in section)
                {
                    Strip(child);
                }
            }
        }

        Strip(metrics);
        return metrics;
    }

    [Fact]
    public async Task Train_TwoProcessesAtOnce_BothPublishAndTheLastPublishedIsCurrent()
    {
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "data/sample", "--customers", "200", "--items", "40", "--lines", "3000").ExitCode);

        var runs = await Task.WhenAll(Task.Run(() => TrainerProcess.Run(_folder.Path, "train")), Task.Run(() => TrainerProcess.Run(_folder.Path, "train")));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Output));
        var registry = new ModelRegistry(_folder.Combine("models"));
        var versions = registry.List().Select(manifest => manifest.Version).ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal(versions[^1], registry.CurrentVersion);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Combine("models", ".staging")));
    }

    private static void AppendPurchase(string store, string id, DateTimeOffset at)
    {
        using var events = EventStore.Open(store);
        events.AppendPurchases([new PurchaseEvent(id, "C000002", null, 1, 25, at, id)]);
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string name, params string[] lines)
    {
        var path = _folder.Combine(name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
