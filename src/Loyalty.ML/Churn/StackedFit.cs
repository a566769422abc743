using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn;

/// <summary>
/// A churn model fitted on stacked examples, with what the metrics report of those examples. The examples themselves
/// are let go once fitted: the evaluation and the published model run side by side, and each one's examples held to
/// the end of its side were alive through the other's conversion to FastTree's bins, the churn stage's peak.
/// </summary>
internal sealed record StackedFit(ChurnModel Model, int[] Cutoffs, int Examples, double SampleShare)
{
    /// <summary>Stacks the examples of cutoffs <paramref name="latestCutoff"/> and earlier (see <see cref="StackedExamples.Build"/>) and fits on them.</summary>
    public static StackedFit Of(CustomerTimeline timeline, int latestCutoff, ChurnOptions options)
    {
        var training = StackedExamples.Build(timeline, latestCutoff, options);
        return new StackedFit(ChurnModel.Fit(options, training.Features, training.Labels), training.Cutoffs, training.Labels.Length, training.SampleShare);
    }
}
