using Loyalty.ML.Churn;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Pipeline;

/// <summary>
/// The models a run trained, in memory, handed to the offers report, not re-read from the bundle being staged.
/// A model whose part of the run was skipped is null.
/// </summary>
internal sealed record TrainedModels(
    IReadOnlyDictionary<string, CustomerSegment>? Segments,
    IRecommender? Recommender,
    IChurnScores? Churn);
