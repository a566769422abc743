using System.Text.Json.Nodes;
using Loyalty.ML.Data;
using Microsoft.Extensions.Time.Testing;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Reporting;
using Loyalty.ML.Core;
using Loyalty.ML.Tests.Churn.Metrics;

namespace Loyalty.ML.Tests.Pipeline;

public sealed class TrainingPipelineTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Run_AllStepsSucceed_PublishesVerifiedBundleAndSwitchesCurrent()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));

        var result = Pipeline(new RecordingStep("alpha").Run).Run(Input(), registry);

        Assert.Equal(result.Manifest.Version, registry.CurrentVersion);
        var verified = BundleVerifier.Verify(registry.CurrentPath);
        Assert.Equal(["alpha.txt", BundleFiles.DataReport, StoredRun.FiguresFile, BundleFiles.Metrics], verified.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, result.Metrics["alpha"]!["customers"]!.GetValue<int>());
        Assert.Equal(3, verified.RowCounts["rows_read"]);
    }

    [Fact]
    public void Run_StepThrows_PublishesNothingAndKeepsCurrent()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var first = Pipeline(new RecordingStep("alpha").Run).Run(Input(), registry);
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Throws<InvalidOperationException>(() => Pipeline(new RecordingStep("alpha").Run, new RecordingStep("broken", fail: true).Run).Run(Input(), registry));

        Assert.Equal(first.Manifest.Version, registry.CurrentVersion);
        Assert.Single(registry.List());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(registry.Root, ".staging")));
    }

    [Fact]
    public void Run_StandardChainOnItemlessShortHistory_SkipsRecommenderAndChurnWithTheirReasons()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("c1", null, "o1", new DateTime(2026, 10, 1), 1, 10);
        builder.AddPurchase("c2", null, "o2", new DateTime(2026, 10, 20), 1, 12);
        var input = Input() with { History = builder.Build() };

        var result = new TrainingPipeline(new TrainingSettings(), _time).Run(input, new ModelRegistry(_folder.Combine("models")));

        Assert.Contains("recommender: skipped, the data has no item column, so there is nothing to recommend.", result.Summary);
        Assert.Contains("churn: skipped, 19 days of history; churn needs 150 (the minimum history plus the 90-day horizon).", result.Summary);
        Assert.False(result.Metrics.ContainsKey("recommendations"));
        Assert.False(result.Metrics.ContainsKey("churn"));
        Assert.Equal(2, result.Typed.Segments!.Customers);
        Assert.NotNull(result.Typed.Offers);
        Assert.False(File.Exists(Path.Combine(result.Directory, "recommender.bin")));
        Assert.Equal(["offers", "segments"], result.Manifest.Parameters.Select(pair => pair.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_InvalidSettings_IsRefusedBeforeAnythingRuns()
    {
        var settings = new TrainingSettings { Churn = new Loyalty.ML.Churn.ChurnOptions { HighRiskThreshold = 1.5 } };

        var error = Assert.Throws<ArgumentException>(() => new TrainingPipeline(settings, _time));

        Assert.Contains("Churn options", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TwiceInTheSameSecond_GivesDistinctVersions()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));

        var first = Pipeline().Run(Input(), registry);
        var second = Pipeline().Run(Input(), registry);

        Assert.NotEqual(first.Manifest.Version, second.Manifest.Version);
        Assert.Equal(second.Manifest.Version, registry.CurrentVersion);
    }

    [Fact]
    public async Task Run_TwoRunsStartedInTheSameSecond_BothPublishAndTheLastPublishedIsCurrent()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        using var bothStaged = new Barrier(2);
        var gate = new BarrierStep(bothStaged);

        var runs = await Task.WhenAll(Task.Run(() => Pipeline(gate.Run).Run(Input(), registry)), Task.Run(() => Pipeline(gate.Run).Run(Input(), registry)));

        var versions = runs.Select(run => run.Manifest.Version).ToList();
        Assert.Equal(2, versions.Distinct().Count());
        Assert.Equal(versions.Max(StringComparer.Ordinal), registry.CurrentVersion);
        Assert.Equal(2, registry.List().Count);
    }

    [Fact]
    public void Run_EvaluationCollapsed_PublishesNothingAndNamesTheGate()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var first = Pipeline().Run(Input(), registry);
        var collapsed = new ChurnMetricsStep(ChurnTestMetrics.Evaluated(auc: 0.09, testCustomers: 2000));

        var error = Assert.Throws<SanityGateException>(() => Pipeline(collapsed.Run).Run(Input(), registry));

        Assert.Contains("churn_quality: AUC 0.09", error.Message, StringComparison.Ordinal);
        Assert.Contains("--allow churn_quality", error.Message, StringComparison.Ordinal);
        Assert.Equal(first.Manifest.Version, registry.CurrentVersion);
        Assert.Single(registry.List());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(registry.Root, ".staging")));
    }

    [Fact]
    public void Run_CollapsedButAllowed_PublishesAndReportsTheGateAsAllowed()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var collapsed = new ChurnMetricsStep(ChurnTestMetrics.Evaluated(auc: 0.09, testCustomers: 2000));

        var result = Pipeline(collapsed.Run).Run(Input() with { AllowedGates = new HashSet<string> { "churn_quality" } }, registry);

        Assert.Equal(result.Manifest.Version, registry.CurrentVersion);
        var gate = Assert.Single(result.Gates, gate => gate.Name == "churn_quality");
        Assert.True(gate is { Passed: false, Allowed: true });
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(registry.CurrentPath, BundleFiles.DataReport)))!;
        Assert.Contains(report["gates"]!.AsArray(), entry => (string)entry!["name"]! == "churn_quality" && (bool)entry["allowed"]!);
    }

    [Fact]
    public void Run_InfiniteMetric_PublishesNothing()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var infinite = new MetricsStep("kpis", new JsonObject { ["revenue"] = double.PositiveInfinity });

        var error = Assert.Throws<SanityGateException>(() => Pipeline(infinite.Run).Run(Input(), registry));

        Assert.Contains("finite_metrics", error.Message, StringComparison.Ordinal);
        Assert.Contains("kpis.revenue", error.Message, StringComparison.Ordinal);
        Assert.Null(registry.CurrentVersion);
    }

    [Fact]
    public void Run_StandardChain_TrainsChurnBeforeTheRecommenderSoTheModelIsNotHeldThroughChurn()
    {
        var settings = new TrainingSettings
        {
            Churn = Churn.ChurnSimulatedData.FastOptions(),
            Recommender = new Loyalty.ML.Recommendations.RecommenderOptions { Evaluate = false, Als = new() { Factors = 4, Iterations = 2, Threads = 1 } },
        };
        var steps = new List<string>();
        var progress = new Progress(report =>
        {
            if (steps.LastOrDefault() != report.Step)
            {
                steps.Add(report.Step);
            }
        });

        new TrainingPipeline(settings, _time).Run(Input() with { History = Churn.ChurnSimulatedData.History(300, withItems: true) }, new ModelRegistry(_folder.Combine("models")), progress);

        Assert.Equal(["segments", "churn", "recommender", "offers"], steps.Where(step => step is "segments" or "churn" or "recommender" or "offers").Distinct());
    }

    [Fact]
    public void Run_StandardChain_HandsEachStagesMemoryBackBeforeTheNextStarts()
    {
        var settings = new TrainingSettings
        {
            Churn = Churn.ChurnSimulatedData.FastOptions(),
            Recommender = new Loyalty.ML.Recommendations.RecommenderOptions { Evaluate = false, Als = new() { Factors = 4, Iterations = 2, Threads = 1 } },
        };
        var reports = new List<(string Step, double Fraction, long FullCollection)>();
        var progress = new Progress(report => reports.Add((report.Step, report.Fraction, FullBlockingCollection())));

        new TrainingPipeline(settings, _time).Run(Input() with { History = Churn.ChurnSimulatedData.History(300, withItems: true) }, new ModelRegistry(_folder.Combine("models")), progress);

        // A full blocking collection between a stage's last report and the next stage's first: nothing else in a run
        // induces one, so without the release the next stage allocates on top of the last one's dead arrays.
        foreach (var (done, next) in new[] { ("churn", "recommender"), ("recommender", "offers") })
        {
            var end = reports.FindLastIndex(report => report.Step == done);
            var start = reports.FindIndex(report => report.Step == next);
            Assert.True(end >= 0 && start == end + 1, $"{done} then {next}");
            Assert.True(reports[start].FullCollection > reports[end].FullCollection, $"no full collection between {done} and {next}");
        }
    }

    private static long FullBlockingCollection() => GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;

    public void Dispose() => _folder.Dispose();

    private sealed class Progress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }

    private static DataReport Report()
    {
        var file = new FileReport
        {
            File = "transactions.csv", RowsRead = 3, RowsAccepted = 3, RowsExcluded = 0, RowsMalformed = 0,
            Outcomes = new Dictionary<string, long>(), Examples = new Dictionary<string, IReadOnlyList<RowIssue>>(),
        };
        return new DataReport
        {
            RowsRead = 3, RowsAccepted = 3, RowsExcluded = 0, RowsMalformed = 0, Outcomes = file.Outcomes, RuleOrder = [], MalformedThreshold = 0.001, Transactions = file,
        };
    }

    private TrainingPipeline Pipeline(params Action<TrainingContext>[] parts) => new(
        context =>
        {
            foreach (var part in parts)
            {
                part(context);
            }
        },
        _time);

    private static TrainingInput Input()
    {
        var builder = new PurchaseHistoryBuilder();
        var day = new DateTime(2026, 10, 1);
        builder.AddPurchase("c1", "i1", "o1", day, 1, 2.5f);
        builder.AddPurchase("c1", "i2", "o1", day, 2, 1.0f);
        builder.AddPurchase("c2", "i1", "o2", day.AddDays(1), 1, 2.5f);
        var counts = new Dictionary<string, long> { ["rows_read"] = 3, ["rows_accepted"] = 3 };
        return new TrainingInput(builder.Build(), Report(), [], counts);
    }
}
