using System.Globalization;
using System.Text.Json.Nodes;
using Loyalty.ML.Bundles;

namespace Loyalty.ML.Training;

/// <summary>
/// One training run: stage a bundle, run every step that can run on the data, write the data report
/// and metrics, publish. Any step that throws fails the run; the staging folder is removed and the
/// registry, with its <c>current</c> version, is left as it was.
/// </summary>
public sealed class TrainingPipeline
{
    private readonly IReadOnlyList<ITrainingStep> _steps;
    private readonly TimeProvider _time;

    /// <summary>Creates a pipeline running <paramref name="steps"/> in order.</summary>
    public TrainingPipeline(IReadOnlyList<ITrainingStep> steps, TimeProvider time)
    {
        _steps = steps;
        _time = time;
    }

    /// <summary>Trains on <paramref name="input"/> and publishes the bundle into <paramref name="registry"/>.</summary>
    public TrainingResult Run(TrainingInput input, ModelRegistry registry, IProgress<TrainingProgress>? progress = null)
    {
        var createdAt = _time.GetUtcNow();
        using var writer = BundleWriter.Begin(registry, NewVersion(registry, createdAt));
        var context = new TrainingContext(input.History, writer.Directory, _time, progress);
        BundleJson.Write(writer.PathOf(BundleFiles.DataReport), input.DataReport);
        foreach (var step in _steps)
        {
            if (step.CanRun(context))
            {
                context.Report(step.Name, 0);
                step.Run(context);
                context.Report(step.Name, 1);
            }
            else
            {
                context.Summary.Add($"{step.Name}: skipped, {step.SkipReason}.");
            }
        }

        File.WriteAllText(writer.PathOf(BundleFiles.Metrics), context.Metrics.ToJsonString(BundleJson.Options));
        var manifest = writer.Publish(createdAt, input.Sources, input.RowCounts, (JsonObject)context.Parameters.DeepClone());
        return new TrainingResult(manifest, registry.PathOf(manifest.Version), context.Metrics, context.Summary);
    }

    private static string NewVersion(ModelRegistry registry, DateTimeOffset createdAt)
    {
        var version = createdAt.UtcDateTime.ToString("'v'yyyyMMdd'-'HHmmss", CultureInfo.InvariantCulture);
        var candidate = version;
        for (var suffix = 2; registry.Exists(candidate) || Directory.Exists(registry.PathOf(candidate)); suffix++)
        {
            candidate = $"{version}-{suffix}";
        }

        return candidate;
    }
}
