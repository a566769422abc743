using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Pipeline;

namespace Loyalty.ML.Tests.Pipeline;

/// <summary>A part of a run that only sets the run's churn metrics, as the churn step would.</summary>
internal sealed class ChurnMetricsStep(ChurnMetrics metrics)
{
    public void Run(TrainingContext context) => context.RunMetrics.Churn = metrics;
}
