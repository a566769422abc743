namespace Loyalty.ML.Training;

/// <summary>The steps of a standard training run, in the order they run.</summary>
public static class TrainingSteps
{
    /// <summary>Every model the product trains; each step skips itself when the data cannot support it.</summary>
    /// <param name="offerRules">Rules the offers report uses; the documented defaults when null.</param>
    public static IReadOnlyList<ITrainingStep> Default(Offers.OfferRules? offerRules = null) => Create(offerRules, new Churn.ChurnOptions());

    /// <summary>The standard steps with the given settings.</summary>
    internal static IReadOnlyList<ITrainingStep> Create(Offers.OfferRules? offerRules, Churn.ChurnOptions churn) =>
    [
        new Segmentation.SegmentationStep(),
        new Recommendations.RecommenderStep(),
        new Churn.ChurnStep(churn),
        new Offers.OffersStep(offerRules ?? new Offers.OfferRules()),
    ];
}
