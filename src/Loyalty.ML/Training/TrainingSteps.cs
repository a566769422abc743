namespace Loyalty.ML.Training;

/// <summary>The steps of a standard training run, in the order they run.</summary>
public static class TrainingSteps
{
    /// <summary>Every model the product trains; each step skips itself when the data cannot support it.</summary>
    public static IReadOnlyList<ITrainingStep> Default() =>
    [
        new Segmentation.SegmentationStep(),
        new Recommendations.RecommenderStep(),
    ];
}
