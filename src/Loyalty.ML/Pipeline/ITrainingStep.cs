namespace Loyalty.ML.Pipeline;

/// <summary>
/// One model or report built in a training run: it reads the history, writes its files into the bundle
/// being staged and adds its section to the metrics. A step that throws fails the run and nothing is published.
/// </summary>
public interface ITrainingStep
{
    /// <summary>Short name shown in progress and logs.</summary>
    string Name { get; }

    /// <summary>False when this step cannot run on the history (for example item models on item-less data).</summary>
    bool CanRun(TrainingContext context) => true;

    /// <summary>Why the step does not run when <see cref="CanRun"/> is false, for the run's summary.</summary>
    string SkipReason => "it does not apply to this data";

    /// <summary>Trains, evaluates and saves.</summary>
    void Run(TrainingContext context);
}
