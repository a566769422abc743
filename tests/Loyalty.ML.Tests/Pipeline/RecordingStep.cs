using Loyalty.ML.Pipeline;

namespace Loyalty.ML.Tests.Pipeline;

/// <summary>A step that writes one file and one metric, or throws, so the pipeline's bookkeeping can be checked.</summary>
internal sealed class RecordingStep(string name, bool canRun = true, bool fail = false) : ITrainingStep
{
    public string Name => name;

    public bool Ran { get; private set; }

    public bool CanRun(TrainingContext context) => canRun;

    public void Run(TrainingContext context)
    {
        Ran = true;
        File.WriteAllText(context.PathOf($"{name}.txt"), $"customers={context.History.Customers.Count}");
        context.Metrics[name] = new System.Text.Json.Nodes.JsonObject { ["customers"] = context.History.Customers.Count };
        if (fail)
        {
            throw new InvalidOperationException($"{name} failed on purpose");
        }
    }
}
