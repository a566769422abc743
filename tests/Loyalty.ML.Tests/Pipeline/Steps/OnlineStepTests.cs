using Loyalty.ML.Core;
using Loyalty.ML.Data.Exposures;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Tests.Pipeline.Bundles;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.ML.Tests.Pipeline.Steps;

/// <summary>At training time the lists the API served are matched with the purchases of the history the run trains on.</summary>
public sealed class OnlineStepTests : IDisposable
{
    private static readonly DateTime Served = new(2026, 10, 1, 9, 0, 0);
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_ListsInTheApisLog_AreMatchedWithTheHistorysLaterPurchases()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        ModelRegistryTests.Publish(registry, "v1", 1);
        ModelRegistryTests.Publish(registry, "v2", 2);
        registry.SwitchCurrent("v1");
        ExperimentRegistry.Start(registry, "v2", 0.5, new DateTimeOffset(Served.AddDays(-1), TimeSpan.Zero), "trial");
        var store = _folder.Combine("events.db");
        using (var exposures = ExposureStore.Open(store))
        {
            exposures.Append([List(1, "c1", "v1"), List(2, "c2", "v1"), List(3, "c3", "v2"), List(4, "c4", "v2")]);
        }

        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("c1", "i1", "o0", Served.AddDays(-30), 1, 4);
        builder.AddPurchase("c1", "i2", "o1", Served.AddDays(2), 1, 4);
        builder.AddPurchase("c3", "i9", "o2", Served.AddDays(3), 1, 4);
        builder.AddPurchase("c4", "i3", "o3", Served.AddDays(20), 2, 5);
        var input = new TrainingInput(builder.Build(), new { rows = 4 }, [], new Dictionary<string, long>()) { ExposureStorePath = store };

        var result = new TrainingPipeline(_ => { }, new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero))).Run(input, registry);

        var online = result.Typed.Online!;
        var figures = online.Evaluation.Groups.ToDictionary(group => group.ModelVersion, group => group.Figures);
        Assert.Equal((2, 1, 4.0), (figures["v1"].Lists, figures["v1"].Hits, figures["v1"].Revenue));
        Assert.Equal((2, 0), (figures["v2"].Lists, figures["v2"].Hits));
        Assert.Equal(new DateTimeOffset(Served.AddDays(20), TimeSpan.Zero), online.Evaluation.AsOf);
        Assert.Equal("trial", Assert.Single(online.Experiments).Experiment.Name);
        Assert.Contains(result.Summary, line => line.StartsWith("experiment trial: challenger v2", StringComparison.Ordinal));
        Assert.Equal(2, result.Metrics["online"]!["evaluation"]!["groups"]!.AsArray().Count);
    }

    [Fact]
    public void Run_NoExposureLog_LeavesTheSectionOut()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("c1", "i1", "o1", Served, 1, 4);
        var input = new TrainingInput(builder.Build(), new { rows = 1 }, [], new Dictionary<string, long>()) { ExposureStorePath = _folder.Combine("none.db") };

        var result = new TrainingPipeline(_ => { }, new FakeTimeProvider()).Run(input, new ModelRegistry(_folder.Combine("models")));

        Assert.Null(result.Typed.Online);
        Assert.False(result.Metrics.ContainsKey("online"));
    }

    private static ServedList List(long sequence, string customer, string version) =>
        new(new ExposureId(5, sequence), customer, "personal", version, ["i2", "i3", "i4"], new DateTimeOffset(Served, TimeSpan.Zero));
}
