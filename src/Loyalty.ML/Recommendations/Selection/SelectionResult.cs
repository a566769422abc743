using Loyalty.ML.Recommendations.Evaluation.Metrics;

namespace Loyalty.ML.Recommendations.Selection;

/// <summary>What the selection decided and measured: the methods to serve, the two metrics sections and one summary line.</summary>
/// <param name="Choice">The methods to publish.</param>
/// <param name="Recommendations">The <c>recommendations</c> section.</param>
/// <param name="AlsoBought">The <c>also_bought</c> section; null when nothing was evaluated.</param>
/// <param name="Summary">The run summary's line: the winners and their lift over the best baseline.</param>
internal sealed record SelectionResult(ModelChoice Choice, RecommenderMetrics Recommendations, AlsoBoughtMetrics? AlsoBought, string Summary);
