using System.Globalization;
using System.Text.Json;
using Loyalty.ML.Data.Exposures;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.Pipeline.Experiments;

/// <summary>Builds the <see cref="OnlineReport"/>: the evaluation of the served lists, the offline figures beside it, and each experiment's verdict.</summary>
public static class OnlineReports
{
    /// <summary>
    /// Evaluates <paramref name="lists"/> (grouped by customer, as the exposure store reads them) against
    /// <paramref name="purchases"/> as of <paramref name="asOf"/>, with the arms of <paramref name="experiments"/>;
    /// <paramref name="registry"/>, when given, supplies each version's offline figure.
    /// </summary>
    public static OnlineReport Build(
        IEnumerable<ServedList> lists, CustomerPurchases purchases, OnlineSettings settings, DateTimeOffset asOf, IReadOnlyList<Experiment> experiments, ModelRegistry? registry)
    {
        var championVersions = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var evaluation = OnlineEvaluator.Evaluate(lists, purchases, settings, asOf, list =>
        {
            var arms = ExperimentAssignment.ArmsOf(experiments, list.CustomerId, list.ServedAt).ToList();
            foreach (var arm in arms.Where(arm => arm.EndsWith(":champion", StringComparison.Ordinal)))
            {
                if (!championVersions.TryGetValue(arm, out var versions))
                {
                    championVersions[arm] = versions = new SortedSet<string>(StringComparer.Ordinal);
                }

                versions.Add(list.ModelVersion);
            }

            return arms;
        });

        var reports = experiments
            .Where(experiment => experiment.IsRunning || evaluation.Arms.ContainsKey(experiment.ChallengerArm) || evaluation.Arms.ContainsKey(experiment.ChampionArm))
            .Select(experiment => Report(experiment, evaluation, championVersions.GetValueOrDefault(experiment.ChampionArm)))
            .ToList();
        return new OnlineReport(evaluation, registry is null ? new Dictionary<string, OfflineFigure>() : Offline(registry, evaluation), reports);
    }

    private static ExperimentReport Report(Experiment experiment, OnlineEvaluation evaluation, SortedSet<string>? championVersions)
    {
        var empty = new ListFigures(0, 0, 0, 0, null, null, 0, null);
        var challenger = evaluation.Arms.GetValueOrDefault(experiment.ChallengerArm, empty);
        var champion = evaluation.Arms.GetValueOrDefault(experiment.ChampionArm, empty);
        var comparison = OnlineComparison.Compare(challenger, champion);
        var verdict = comparison?.Verdict ?? OnlineVerdict.NotYetDistinguishable;
        var versions = championVersions?.ToList() ?? [experiment.ChampionAtStart];
        return new ExperimentReport(experiment, challenger, champion, versions, comparison, verdict, Summary(experiment, challenger, champion, versions, comparison, evaluation.K));
    }

    private static string Summary(Experiment experiment, ListFigures challenger, ListFigures champion, IReadOnlyList<string> versions, OnlineComparison? comparison, int k)
    {
        var who = $"challenger {experiment.Challenger} against champion {string.Join(" then ", versions)}";
        if (comparison is null)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{experiment.Name}: {who}: no verdict yet, {challenger.Lists:N0} and {champion.Lists:N0} lists counted ({challenger.PendingLists + champion.PendingLists:N0} still inside their window)");
        }

        var difference = comparison.Difference;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{experiment.Name}: {who}: hit rate@{k} {challenger.HitRate!.Value:0.0000} against {champion.HitRate!.Value:0.0000}, {difference.Value * 100:+0.00;-0.00} points (95% interval {difference.Interval95.Low * 100:+0.00;-0.00} to {difference.Interval95.High * 100:+0.00;-0.00}) over {challenger.Customers:N0} and {champion.Customers:N0} customers: ");
        return text + comparison.Verdict switch
        {
            OnlineVerdict.Better => "the challenger is better",
            OnlineVerdict.Worse => "the challenger is worse",
            _ => NotYet(comparison, challenger, champion),
        };
    }

    private static string NotYet(OnlineComparison comparison, ListFigures challenger, ListFigures champion) =>
        challenger.Customers < OnlineComparison.MinimumCustomersPerArm || champion.Customers < OnlineComparison.MinimumCustomersPerArm
            ? string.Create(CultureInfo.InvariantCulture, $"not yet distinguishable (each arm needs {OnlineComparison.MinimumCustomersPerArm} customers for a verdict)")
            : comparison.CustomersStillNeeded is { } needed
                ? string.Create(CultureInfo.InvariantCulture, $"not yet distinguishable; about {needed:N0} more customers would tell a difference of this size (80% power)")
                : "not yet distinguishable; no difference seen";

    private static Dictionary<string, OfflineFigure> Offline(ModelRegistry registry, OnlineEvaluation evaluation)
    {
        var figures = new Dictionary<string, OfflineFigure>(StringComparer.Ordinal);
        foreach (var version in evaluation.Groups.Select(group => group.ModelVersion).Distinct(StringComparer.Ordinal))
        {
            if (OfflineOf(registry, version) is { } figure)
            {
                figures[version] = figure;
            }
        }

        return figures;
    }

    private static OfflineFigure? OfflineOf(ModelRegistry registry, string version)
    {
        try
        {
            if (!registry.Exists(version) || ModelBundle.ReadMetrics(registry.PathOf(version))["recommendations"] is not { } section)
            {
                return null;
            }

            var metrics = section.Deserialize(MetricsJsonContext.Strict.RecommenderMetrics);
            var served = metrics?.Served ?? metrics?.Als;
            return served is null ? null : new OfflineFigure(metrics!.Chosen ?? "als", served.HitRate, served.K);
        }
        catch (Exception error) when (error is IOException or JsonException or InvalidDataException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }
}
