using Loyalty.ML.Pipeline.Experiments;

namespace Loyalty.ML.Api.Serving.Experiments;

/// <summary>A running experiment and its challenger as this replica serves it; <paramref name="Model"/> is null when it could not be loaded (<paramref name="Problem"/> says why).</summary>
internal sealed record Challenger(Experiment Experiment, LoadedModel? Model, string? Problem);
