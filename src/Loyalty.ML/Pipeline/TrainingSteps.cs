using Loyalty.ML.Churn;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Pipeline.Steps;
using Loyalty.ML.Recommendations;

namespace Loyalty.ML.Pipeline;

/// <summary>The steps of a standard training run, in the order they run.</summary>
public static class TrainingSteps
{
    /// <summary>Every model the product trains; each step skips itself when the data cannot support it.</summary>
    /// <param name="offerRules">Rules the offers report uses; the documented defaults when null.</param>
    public static IReadOnlyList<ITrainingStep> Default(OfferRules? offerRules = null) => Create(offerRules, new ChurnOptions());

    /// <summary>The standard steps with the given settings (the recommender's defaults when <paramref name="recommender"/> is null).</summary>
    public static IReadOnlyList<ITrainingStep> Create(OfferRules? offerRules, ChurnOptions churn, RecommenderOptions? recommender = null) =>
    [
        new SegmentationStep(),
        new RecommenderStep(recommender),
        new ChurnStep(churn),
        new OffersStep(offerRules ?? new OfferRules()),
    ];
}
