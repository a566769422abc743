namespace Loyalty.ML.Training;

/// <summary>The steps of a standard training run, in the order they run.</summary>
public static class TrainingSteps
{
    /// <summary>Every model the product trains; each step skips itself when the data cannot support it.</summary>
    /// <param name="offerRules">Rules the offers report uses; the documented defaults when null.</param>
    public static IReadOnlyList<ITrainingStep> Default(Offers.OfferRules? offerRules = null) =>
    [
        new Segmentation.SegmentationStep(),
        new Recommendations.RecommenderStep(),
        new Churn.ChurnStep(),
        new Offers.OffersStep(offerRules ?? new Offers.OfferRules()),
    ];
}
