using System.Text.Json;
using Loyalty.ML.Churn;
using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline.Steps;

/// <summary>The churn training step: <see cref="ChurnTrainer"/> on the run's history, its files into the bundle, its metrics into the run's.</summary>
internal sealed class ChurnStep : ITrainingStep
{
    private readonly ChurnOptions _options;

    /// <summary>Creates the step with the default options.</summary>
    public ChurnStep()
        : this(new ChurnOptions())
    {
    }

    /// <summary>Creates the step with <paramref name="options"/>; throws when one is out of range.</summary>
    public ChurnStep(ChurnOptions options)
    {
        options.Validate();
        _options = options;
    }

    /// <inheritdoc />
    public string Name => "churn";

    /// <inheritdoc />
    public bool CanRun(TrainingContext context) => ChurnTrainer.CanTrain(context.History, _options);

    /// <inheritdoc />
    public void Run(TrainingContext context)
    {
        var training = ChurnTrainer.Train(context.History, _options, context.Progress);
        training.Save(context.BundleDirectory);
        context.Trained.Churn = ChurnScores.From(training.Info, training.Scores);
        context.RunMetrics.Churn = training.Metrics;
        context.Parameters["churn"] = JsonSerializer.SerializeToNode(_options, BundleJson.Options);
        context.Summary.Add(training.Metrics.SummaryLine());
    }
}
