using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Pipeline;

namespace Loyalty.ML.Tests.Pipeline;

/// <summary>A step that only sets the run's churn metrics, as the churn step would.</summary>
internal sealed class ChurnMetricsStep(ChurnMetrics metrics) : ITrainingStep
{
    public string Name => "churn";

    public void Run(TrainingContext context) => context.RunMetrics.Churn = metrics;
}
