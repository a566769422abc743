using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Churn.Features;

public sealed class StackedExamplesTests
{
    private static readonly CustomerTimeline Timeline = CustomerTimelineBuilder.Build(ChurnSimulatedData.History(1_000, withItems: false));

    [Fact]
    public void Build_UnderTheCap_StacksEveryKnownCustomerAtEveryCutoff()
    {
        var options = ChurnSimulatedData.FastOptions();

        var examples = StackedExamples.Build(Timeline, Timeline.LastDay - 90, options);

        Assert.Equal(1.0, examples.SampleShare);
        Assert.Equal(Timeline.LastDay - 90, examples.Cutoffs[0]);
        Assert.All(examples.Cutoffs.Zip(examples.Cutoffs.Skip(1)), pair => Assert.Equal(options.CutoffStepDays, pair.First - pair.Second));
        Assert.Equal(examples.Cutoffs.Sum(KnownAt), examples.Labels.Length);
        Assert.Equal(examples.Labels.Length * ChurnSnapshot.FeatureCount, examples.Features.Length);
    }

    [Fact]
    public void Build_OverTheCap_SamplesEveryCutoffEvenlyKeepingEachCustomersFeaturesAndLabel()
    {
        var capped = new ChurnOptions { CutoffStepDays = 28, MaxTrainingCutoffs = 6, MaxTrainingExamples = 1_000 };
        var full = StackedExamples.Build(Timeline, Timeline.LastDay - 90, ChurnSimulatedData.FastOptions());

        var sampled = StackedExamples.Build(Timeline, Timeline.LastDay - 90, capped);

        Assert.Equal(1_000.0 / full.Labels.Length, sampled.SampleShare, 9);
        Assert.InRange(sampled.Labels.Length, 850, 1_150);
        var labelsOfRow = Rows(full).ToLookup(row => row.Key, row => row.Label);
        Assert.All(Rows(sampled), row => Assert.Contains(row.Label, labelsOfRow[row.Key]));
        Assert.Contains(Enumerable.Range(0, sampled.Labels.Length), row => sampled.Features[(row * ChurnSnapshot.FeatureCount) + (int)ChurnFeature.ProbabilityAlive] is > 0 and < 1);
        var again = StackedExamples.Build(Timeline, Timeline.LastDay - 90, capped);
        Assert.Equal(sampled.Features, again.Features);
        Assert.Equal(sampled.Labels, again.Labels);
    }

    [Fact]
    public void Build_ManyCutoffs_StacksEachCutoffsSampleInCutoffOrder()
    {
        var options = new ChurnOptions { CutoffStepDays = 7, MaxTrainingCutoffs = 24, MaxTrainingExamples = 4_000 };

        var examples = StackedExamples.Build(Timeline, Timeline.LastDay - 90, options);

        var (features, labels) = (new List<float>(), new List<bool>());
        foreach (var cutoff in examples.Cutoffs)
        {
            var random = new Random(DerivedSeed.Of(options.Seed, cutoff));
            var snapshot = ChurnFeatureBuilder.Build(Timeline, cutoff, _ => random.NextDouble() < examples.SampleShare);
            BuyTillYouDieFeatures.FitAndFill(snapshot, options.HorizonDays);
            features.AddRange(snapshot.Features);
            labels.AddRange(ChurnLabels.Build(Timeline, snapshot, options.HorizonDays));
        }

        Assert.Equal(24, examples.Cutoffs.Length);
        Assert.InRange(examples.SampleShare, 0.01, 0.99);
        Assert.Equal(labels, examples.Labels);
        Assert.Equal(features, examples.Features);
    }

    private static int KnownAt(int cutoff) =>
        Enumerable.Range(0, Timeline.CustomerCount).Count(customer =>
            Timeline.OrderStart[customer] < Timeline.OrderStart[customer + 1] && Timeline.OrderDay[Timeline.OrderStart[customer]] <= cutoff);

    // Every feature but BG/NBD's, which is fitted on the customers stacked and so differs between a sample and all.
    private static IEnumerable<(string Key, bool Label)> Rows(StackedExamples examples) =>
        Enumerable.Range(0, examples.Labels.Length).Select(row =>
            (string.Join(',', examples.Features.Skip(row * ChurnSnapshot.FeatureCount).Take((int)ChurnFeature.ProbabilityAlive)), examples.Labels[row]));
}
