using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Tests.Churn;

public sealed class StackedFitTests
{
    private static readonly CustomerTimeline Timeline = CustomerTimelineBuilder.Build(ChurnSimulatedData.History(1_000, withItems: false));

    [Fact]
    public void Of_CappedExamples_SameModelAndCountsAsFittingTheStackedExamples()
    {
        var options = new ChurnOptions { CutoffStepDays = 28, MaxTrainingCutoffs = 6, MaxTrainingExamples = 1_000, NumberOfTrees = 20 };
        var examples = StackedExamples.Build(Timeline, Timeline.LastDay - 90, options);
        var model = ChurnModel.Fit(options, examples.Features, examples.Labels);

        var fitted = StackedFit.Of(Timeline, Timeline.LastDay - 90, options);

        Assert.Equal(examples.Cutoffs, fitted.Cutoffs);
        Assert.Equal(examples.Labels.Length, fitted.Examples);
        Assert.Equal(examples.SampleShare, fitted.SampleShare);
        Assert.True(fitted.SampleShare < 1);
        Assert.Equal(model.Predict(examples.Features), fitted.Model.Predict(examples.Features));
    }
}
