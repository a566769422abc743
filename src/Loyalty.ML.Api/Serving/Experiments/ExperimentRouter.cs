using Loyalty.ML.Api.Events;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Recommendations;

namespace Loyalty.ML.Api.Serving.Experiments;

/// <summary>
/// The challengers this replica serves: the running experiments of the registry's <c>experiments.json</c>, each with
/// its bundle loaded (and checked as the current one is) beside the current version. A customer goes to the challenger
/// of the experiment the hash puts them in; a challenger that fails to load leaves its customers with the champion
/// (they still count for its arm) and says why in the log and the evaluation.
/// </summary>
internal sealed class ExperimentRouter(ModelProvider provider, TimeProvider time, ILogger<ExperimentRouter> logger)
{
    private readonly Lock _refreshing = new();
    private volatile Routes _routes = new([], [], default);

    /// <summary>Every recorded experiment, running and ended, in the order they started.</summary>
    public IReadOnlyList<Experiment> Experiments => _routes.All;

    /// <summary>The running experiments with their challengers.</summary>
    public IReadOnlyList<Challenger> Challengers => _routes.Running;

    /// <summary>The champion, or the challenger of the experiment <paramref name="customerId"/> is in when it is loaded and can answer.</summary>
    public ServedBy Serve(string customerId, LoadedModel champion, IRecommender recommender, CustomerEvents recent)
    {
        var routes = _routes;
        if (routes.Running.Count > 0
            && ExperimentAssignment.ChallengerFor(routes.RunningExperiments, customerId, time.GetUtcNow()) is { } experiment
            && routes.Running.First(challenger => challenger.Experiment.Name == experiment.Name) is { Model: { Bundle.Recommender: { } challenging } model })
        {
            return new ServedBy(model, challenging, ChallengerEvents.For(recent, model.LastDay), experiment.Name);
        }

        return new ServedBy(champion, recommender, recent, null);
    }

    /// <summary>Reads <c>experiments.json</c> again when it changed (or when <paramref name="force"/>) and loads new challengers.</summary>
    public void Refresh(bool force = false)
    {
        lock (_refreshing)
        {
            var file = new FileInfo(ExperimentsFile.PathOf(provider.Registry));
            var stamp = file.Exists ? (file.LastWriteTimeUtc, file.Length) : default;
            if (!force && stamp == _routes.Stamp)
            {
                return;
            }

            IReadOnlyList<Experiment> experiments;
            try
            {
                experiments = ExperimentsFile.Read(provider.Registry);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException)
            {
                ExperimentLog.FileUnreadable(logger, file.FullName, exception);
                return;
            }

            var loaded = _routes.Running.Where(challenger => challenger.Model is not null).ToDictionary(challenger => challenger.Experiment.Challenger, challenger => challenger.Model!, StringComparer.Ordinal);
            var running = experiments.Where(experiment => experiment.IsRunning).Select(experiment => Load(experiment, loaded)).ToList();
            _routes = new Routes(experiments, running, stamp);
        }
    }

    private Challenger Load(Experiment experiment, Dictionary<string, LoadedModel> loaded)
    {
        if (loaded.TryGetValue(experiment.Challenger, out var model))
        {
            return new Challenger(experiment, model, null);
        }

        try
        {
            var bundle = ModelBundle.Load(provider.Registry.PathOf(experiment.Challenger));
            BundleSanity.Check(bundle);
            model = new LoadedModel(bundle, time.GetUtcNow());
            loaded[experiment.Challenger] = model;
            ExperimentLog.ChallengerLoaded(logger, experiment.Challenger, experiment.Name, experiment.Share);
            return new Challenger(experiment, model, null);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException
            or System.Text.Json.JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            ExperimentLog.ChallengerRejected(logger, experiment.Challenger, experiment.Name, exception.Message);
            return new Challenger(experiment, null, exception.Message);
        }
    }

    private sealed record Routes(IReadOnlyList<Experiment> All, IReadOnlyList<Challenger> Running, (DateTime, long) Stamp)
    {
        public IReadOnlyList<Experiment> RunningExperiments { get; } = [.. Running.Select(challenger => challenger.Experiment)];
    }
}
