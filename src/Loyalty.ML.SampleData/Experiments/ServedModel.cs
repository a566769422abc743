using Loyalty.ML.Recommendations;

namespace Loyalty.ML.SampleData.Experiments;

/// <summary>A model version as a simulation serves it: its name and its recommender.</summary>
/// <param name="Version">The version's name.</param>
/// <param name="Recommender">Its recommendations.</param>
public sealed record ServedModel(string Version, IRecommender Recommender);
