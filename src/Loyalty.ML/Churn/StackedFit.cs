using System.Runtime.CompilerServices;
using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn;

/// <summary>
/// A churn model fitted on stacked examples, with what the metrics report of those examples. The examples themselves
/// are let go once FastTree has converted them to its bins (<see cref="ChurnModel.Fit(ChurnOptions, float[], bool[])"/>):
/// the evaluation and the published model run side by side, and each one's examples held through its trees were alive
/// through the other's stacking and conversion, the churn stage's peak.
/// </summary>
internal sealed record StackedFit(ChurnModel Model, int[] Cutoffs, int Examples, double SampleShare)
{
    /// <summary>Stacks the examples of cutoffs <paramref name="latestCutoff"/> and earlier (see <see cref="StackedExamples.Build"/>) and fits on them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // unoptimized code would hold training to the end
    public static StackedFit Of(CustomerTimeline timeline, int latestCutoff, ChurnOptions options)
    {
        var training = StackedExamples.Build(timeline, latestCutoff, options);
        var (labels, cutoffs, share) = (training.Labels, training.Cutoffs, training.SampleShare);

        // Nothing of training is read once the fit has started, so its features go once converted.
        return new StackedFit(ChurnModel.Fit(options, training.Features, labels), cutoffs, labels.Length, share);
    }
}
