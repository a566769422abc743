using Loyalty.ML.Data;
using Loyalty.ML.Core;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Reporting;

namespace Loyalty.ML.Pipeline;

/// <summary>
/// One training run: stage a bundle, train (the <see cref="TrainingChain"/> of the given settings), check the run's sanity gates, write
/// the data report (with every gate) and metrics, publish. Publishing is the last thing the run does. Any step or
/// gate that fails stops the run; the staging folder is removed and the registry, with its <c>current</c> version,
/// is left as it was.
/// </summary>
public sealed class TrainingPipeline
{
    private readonly Action<TrainingContext> _train;
    private readonly TimeProvider _time;

    /// <summary>Creates the standard run with <paramref name="settings"/>; throws naming every setting out of range.</summary>
    public TrainingPipeline(TrainingSettings settings, TimeProvider time)
        : this(Validated(settings), time)
    {
    }

    /// <summary>A run whose training is <paramref name="train"/>: how tests exercise staging, gates and publishing alone.</summary>
    internal TrainingPipeline(Action<TrainingContext> train, TimeProvider time)
    {
        _train = train;
        _time = time;
    }

    /// <summary>Files written into the bundle before it is published, after metrics.json and data_report.json (the trainer's report).</summary>
    public IReadOnlyList<IBundleAttachment> Attachments { get; init; } = [];

    /// <summary>Trains on <paramref name="input"/> and publishes the bundle into <paramref name="registry"/>.</summary>
    /// <exception cref="SanityGateException">A gate failed that <see cref="TrainingInput.AllowedGates"/> does not name; nothing was published.</exception>
    public TrainingResult Run(TrainingInput input, ModelRegistry registry, IProgress<TrainingProgress>? progress = null)
    {
        using var writer = BundleWriter.Begin(registry);
        var context = new TrainingContext(input.History, writer.Directory, _time, progress);
        _train(context);
        if (input.CampaignAssignments.Count > 0)
        {
            Steps.CampaignsStep.Run(context, input.CampaignAssignments);
        }

        if (input.ExposureStorePath is { } exposures)
        {
            Steps.OnlineStep.Run(context, exposures, registry);
        }

        var metrics = context.MetricsDocument();
        var gates = PublishGates.Check(context.RunMetrics, metrics, CurrentVersionMetrics.Of(registry, input.Sources))
            .Select(gate => gate.Under(input.AllowedGates))
            .ToList();
        SanityGateException.ThrowIfAnyBlocks(gates);
        File.WriteAllText(writer.PathOf(BundleFiles.Metrics), metrics.ToJsonString(BundleJson.Options));
        var dataReport = input.DataReport is DataReport report ? report with { Gates = [.. report.Gates, .. gates] } : null;
        BundleJson.Write(writer.PathOf(BundleFiles.DataReport), dataReport ?? input.DataReport);
        StoredRun.WriteFigures(context.Figures, writer.Directory);
        var trainedAt = _time.GetUtcNow();

        // Attachments carry the version's name, which is given under the registry's lock, so they are written there.
        void WriteAttachments(string version)
        {
            var run = StoredRun.Staged(context, metrics, dataReport, registry, input.Sources, trainedAt) with { Version = version };
            foreach (var attachment in Attachments)
            {
                attachment.Write(run, writer.Directory);
            }
        }

        var manifest = writer.PublishNow(_time, input.Sources, input.RowCounts, context.Parameters.ToDocument(), Attachments.Count > 0 ? WriteAttachments : null);
        return new TrainingResult(manifest, registry.PathOf(manifest.Version), metrics, context.RunMetrics, context.Summary, gates);
    }

    private static Action<TrainingContext> Validated(TrainingSettings settings)
    {
        settings.Validate();
        return context => TrainingChain.Run(context, settings);
    }
}
