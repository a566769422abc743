using Loyalty.ML.Pipeline;

namespace Loyalty.ML.Tests.Pipeline;

/// <summary>A part of a run that waits until every run sharing its barrier has staged a bundle, so runs overlap as two processes started together do.</summary>
internal sealed class BarrierStep(Barrier barrier)
{
    public void Run(TrainingContext context) => barrier.SignalAndWait(TimeSpan.FromSeconds(30));
}
