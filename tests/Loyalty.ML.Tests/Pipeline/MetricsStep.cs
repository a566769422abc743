using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline;

namespace Loyalty.ML.Tests.Pipeline;

/// <summary>A part of a run that reports a given metrics section, so the run's sanity gates can be checked on figures chosen by the test.</summary>
internal sealed class MetricsStep(string name, JsonObject section)
{
    public void Run(TrainingContext context) => context.Metrics[name] = section.DeepClone();
}
