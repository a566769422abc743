using Loyalty.ML.SampleData;
using Loyalty.ML.Segmentation;
using Microsoft.Extensions.Time.Testing;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Steps;

namespace Loyalty.ML.Tests.Pipeline.Steps;

public sealed class SegmentationStepTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Run_GeneratedHistory_WritesSegmentsKpisAndCountsThatAgree()
    {
        var (history, _) = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 600, Items = 100, Lines = 12_000 });
        var context = new TrainingContext(history, _folder.Path, new FakeTimeProvider());
        var returned = SegmentationStep.Run(context, new SegmentationOptions());

        var segments = BundleModels.Load(_folder.Path).Segments;
        Assert.NotNull(segments);
        Assert.Equal(600, segments.Count);
        Assert.Equal(segments.OrderBy(pair => pair.Key, StringComparer.Ordinal), returned.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(600, context.RunMetrics.Segments!.Customers);
        var counts = context.MetricsDocument()["segments"]!["counts"]!.AsObject();
        Assert.Equal(RfmSegments.All.Order(StringComparer.Ordinal), counts.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        foreach (var segment in RfmSegments.All)
        {
            Assert.Equal(segments.Values.Count(value => value.Segment == segment), counts[segment]!.GetValue<int>());
        }

        Assert.True(counts[RfmSegments.Champions]!.GetValue<int>() > 0);
        Assert.True(counts[RfmSegments.Lost]!.GetValue<int>() > 0);
        var kpis = context.RunMetrics.Kpis;
        Assert.NotNull(kpis);
        Assert.Equal(600, kpis.Customers);
        Assert.InRange(kpis.EngagementRatePct, 1, 99);
        Assert.Equal(600, context.MetricsDocument()["kpis"]!["customers"]!.GetValue<int>());
        Assert.Equal(5, context.Parameters.Segments!.ScoreBands);
        Assert.Equal(5, context.Parameters.ToDocument()["segments"]!["score_bands"]!.GetValue<int>());
        Assert.Contains(context.Summary, line => line.StartsWith("kpis:", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
