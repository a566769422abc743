using System.Globalization;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Pipeline.Experiments;

/// <summary>
/// Starts, stops and promotes experiments in a model registry. Each holds the registry's lock, so a promotion and a
/// publish or rollback never interleave, and two replicas promoting the same experiment at once promote it once.
/// </summary>
public static class ExperimentRegistry
{
    /// <summary>
    /// Makes the published <paramref name="challenger"/> a challenger for <paramref name="share"/> of the customers; returns
    /// the experiment (named <c>challenge-VERSION</c> unless <paramref name="name"/> is given).
    /// </summary>
    /// <exception cref="InvalidOperationException">The version is not published or is current, the share is out of range, or the name is taken.</exception>
    /// <exception cref="InvalidDataException">The version's files do not match its manifest.</exception>
    public static Experiment Start(ModelRegistry registry, string challenger, double share, DateTimeOffset now, string? name = null, bool autoPromote = false, int minCustomers = Experiment.DefaultMinCustomers)
    {
        if (share is not (> 0 and < 1))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The share must be above 0 and below 1, not {share}; to serve a version to everyone, promote it or roll back to it."));
        }

        if (minCustomers < Recommendations.Online.OnlineComparison.MinimumCustomersPerArm)
        {
            throw new InvalidOperationException($"--min-customers must be at least {Recommendations.Online.OnlineComparison.MinimumCustomersPerArm}, not {minCustomers}.");
        }

        using var held = registry.Lock();
        if (!registry.Exists(challenger))
        {
            throw new InvalidOperationException($"Model version '{challenger}' is not in {registry.Root}.");
        }

        var champion = registry.RequireCurrentVersion();
        if (champion == challenger)
        {
            throw new InvalidOperationException($"{challenger} is the current version; a challenger must be another published version.");
        }

        BundleVerifier.Verify(registry.PathOf(challenger));
        var experiments = ExperimentsFile.Read(registry);
        name ??= $"challenge-{challenger}";
        if (experiments.Any(experiment => experiment.Name == name))
        {
            throw new InvalidOperationException($"An experiment named '{name}' exists already (running or ended); give another with --name.");
        }

        var started = new Experiment(name, challenger, share, now, champion, autoPromote, minCustomers);
        ExperimentsFile.Write(registry, [.. experiments, started]);
        return started;
    }

    /// <summary>Ends the running experiment <paramref name="name"/> (or the only one running) without promoting; returns it.</summary>
    public static Experiment Stop(ModelRegistry registry, string? name, DateTimeOffset now, string outcome = "stopped")
    {
        using var held = registry.Lock();
        var experiments = ExperimentsFile.Read(registry);
        var running = Find(experiments, name);
        var ended = running with { EndedAt = now, Outcome = outcome };
        ExperimentsFile.Write(registry, [.. experiments.Select(experiment => experiment == running ? ended : experiment)]);
        return ended;
    }

    /// <summary>
    /// Makes the challenger of <paramref name="name"/> (or of the only experiment running) the current version and ends the
    /// experiment as promoted; other experiments whose challenger it was end too. Returns the promoted experiment.
    /// </summary>
    public static Experiment Promote(ModelRegistry registry, string? name, DateTimeOffset now)
    {
        using var held = registry.Lock();
        var experiments = ExperimentsFile.Read(registry);
        var running = Find(experiments, name);
        BundleVerifier.Verify(registry.PathOf(running.Challenger));
        registry.SwitchCurrentHeld(running.Challenger);
        var promoted = running with { EndedAt = now, Outcome = "promoted" };
        ExperimentsFile.Write(registry, [.. experiments.Select(experiment =>
            experiment == running ? promoted
            : experiment.IsRunning && experiment.Challenger == running.Challenger ? experiment with { EndedAt = now, Outcome = $"its challenger became current through {running.Name}" }
            : experiment)]);
        return promoted;
    }

    private static Experiment Find(IReadOnlyList<Experiment> experiments, string? name)
    {
        var running = experiments.Where(experiment => experiment.IsRunning).ToList();
        if (name is null)
        {
            return running.Count == 1 ? running[0]
                : throw new InvalidOperationException(running.Count == 0 ? "No experiment is running." : $"{running.Count} experiments are running ({string.Join(", ", running.Select(experiment => experiment.Name))}); name one.");
        }

        return running.FirstOrDefault(experiment => experiment.Name == name)
            ?? throw new InvalidOperationException(experiments.Any(experiment => experiment.Name == name) ? $"Experiment '{name}' has ended already." : $"No experiment is named '{name}'.");
    }
}
