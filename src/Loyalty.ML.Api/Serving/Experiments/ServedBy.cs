using Loyalty.ML.Api.Events;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Recommendations;

namespace Loyalty.ML.Api.Serving.Experiments;

/// <summary>What answers a customer: the champion, or the challenger of the experiment they are in (named).</summary>
internal readonly record struct ServedBy(LoadedModel Model, IRecommender Recommender, CustomerEvents Recent, string? Experiment);
