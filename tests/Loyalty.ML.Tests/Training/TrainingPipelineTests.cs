using Loyalty.ML.Bundles;
using Loyalty.ML.Data;
using Loyalty.ML.Training;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.ML.Tests.Training;

public sealed class TrainingPipelineTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Run_AllStepsSucceed_PublishesVerifiedBundleAndSwitchesCurrent()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));

        var result = Pipeline(new RecordingStep("alpha")).Run(Input(), registry);

        Assert.Equal(result.Manifest.Version, registry.CurrentVersion);
        var verified = BundleVerifier.Verify(registry.CurrentPath);
        Assert.Equal(["alpha.txt", BundleFiles.DataReport, BundleFiles.Metrics], verified.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, result.Metrics["alpha"]!["customers"]!.GetValue<int>());
        Assert.Equal(3, verified.RowCounts["rows_read"]);
    }

    [Fact]
    public void Run_StepThrows_PublishesNothingAndKeepsCurrent()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var first = Pipeline(new RecordingStep("alpha")).Run(Input(), registry);
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Throws<InvalidOperationException>(() => Pipeline(new RecordingStep("alpha"), new RecordingStep("broken", fail: true)).Run(Input(), registry));

        Assert.Equal(first.Manifest.Version, registry.CurrentVersion);
        Assert.Single(registry.List());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(registry.Root, ".staging")));
    }

    [Fact]
    public void Run_StepCannotRun_SkipsItWithSummaryLine()
    {
        var skipped = new RecordingStep("items-only", canRun: false);

        var result = Pipeline(skipped).Run(Input(), new ModelRegistry(_folder.Combine("models")));

        Assert.False(skipped.Ran);
        Assert.Contains(result.Summary, line => line.StartsWith("items-only: skipped", StringComparison.Ordinal));
        Assert.False(result.Metrics.ContainsKey("items-only"));
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

    public void Dispose() => _folder.Dispose();

    private TrainingPipeline Pipeline(params ITrainingStep[] steps) => new(steps, _time);

    private static TrainingInput Input()
    {
        var builder = new PurchaseHistoryBuilder();
        var day = new DateTime(2026, 10, 1);
        builder.AddPurchase("c1", "i1", "o1", day, 1, 2.5f);
        builder.AddPurchase("c1", "i2", "o1", day, 2, 1.0f);
        builder.AddPurchase("c2", "i1", "o2", day.AddDays(1), 1, 2.5f);
        var counts = new Dictionary<string, long> { ["rows_read"] = 3, ["rows_accepted"] = 3 };
        return new TrainingInput(builder.Build(), new { rows_read = 3 }, [], counts);
    }
}
