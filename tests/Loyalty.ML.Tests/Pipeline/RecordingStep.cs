using Loyalty.ML.Pipeline;

namespace Loyalty.ML.Tests.Pipeline;

/// <summary>A part of a run that writes one file and one metric, or throws, so the pipeline's bookkeeping can be checked.</summary>
internal sealed class RecordingStep(string name, bool fail = false)
{
    public void Run(TrainingContext context)
    {
        File.WriteAllText(context.PathOf($"{name}.txt"), $"customers={context.History.Customers.Count}");
        context.Metrics[name] = new System.Text.Json.Nodes.JsonObject { ["customers"] = context.History.Customers.Count };
        if (fail)
        {
            throw new InvalidOperationException($"{name} failed on purpose");
        }
    }
}
