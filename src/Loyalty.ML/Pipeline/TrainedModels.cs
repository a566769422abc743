using Loyalty.ML.Churn;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Pipeline;

/// <summary>
/// The models a run's steps have trained so far, in memory, for the steps after them (offers reads all three):
/// handed over as objects, not re-read from the bundle being staged. A model its step did not train stays null.
/// </summary>
internal sealed class TrainedModels
{
    public IRecommender? Recommender { get; set; }

    public IChurnScores? Churn { get; set; }

    public IReadOnlyDictionary<string, CustomerSegment>? Segments { get; set; }
}
