using Loyalty.ML.Data.Events;
using Loyalty.ML.Data.Exposures;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Answers;
using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.SampleData.Experiments;

/// <summary>
/// Known truth for champion/challenger comparisons. Every visit of a simulated future is served a list by both models,
/// each with the customer's purchases up to the visit folded in as the API does, so what either model would have
/// achieved on every customer is known: the true difference of their hit rates. An experiment sees each customer under
/// one model only; <see cref="Observe"/> gives what it would report, to hold against the truth.
/// </summary>
public sealed class ExperimentSimulation
{
    private const long ChampionOrigin = 1;
    private const long ChallengerOrigin = 2;

    private ExperimentSimulation(IReadOnlyList<ShopVisit> visits, ServedList[] champion, ServedList[] challenger, CustomerPurchases purchases)
    {
        Visits = visits;
        ChampionLists = champion;
        ChallengerLists = challenger;
        Purchases = purchases;
        AsOf = visits.Count == 0 ? DateTimeOffset.UnixEpoch : visits[^1].At + OnlineSettings.DefaultWindow + TimeSpan.FromMinutes(1);
    }

    /// <summary>The visits, in time order.</summary>
    public IReadOnlyList<ShopVisit> Visits { get; }

    /// <summary>The champion's list at each visit.</summary>
    public IReadOnlyList<ServedList> ChampionLists { get; }

    /// <summary>The challenger's list at each visit.</summary>
    public IReadOnlyList<ServedList> ChallengerLists { get; }

    /// <summary>The future's purchase lines.</summary>
    public CustomerPurchases Purchases { get; }

    /// <summary>A moment by which every list's window (of the default length) has passed.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>Serves every visit of <paramref name="sample"/> by both models: personal lists of <paramref name="count"/> items.</summary>
    public static ExperimentSimulation Serve(SampleFuture sample, ServedModel champion, ServedModel challenger, int count = OnlineSettings.DefaultK)
    {
        var visits = ShopVisits.Plan(sample);
        var bought = sample.Future.GroupBy(purchase => purchase.CustomerId).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var query = new RecommendationQuery(count, RecommendationKind.Personal, null, null, null);
        var championLists = new ServedList[visits.Count];
        var challengerLists = new ServedList[visits.Count];
        for (var index = 0; index < visits.Count; index++)
        {
            var visit = visits[index];
            var before = bought.TryGetValue(visit.CustomerId, out var lines) ? lines.Where(line => line.Timestamp < visit.At).ToList() : [];
            championLists[index] = List(champion, ChampionOrigin, index, visit, before, query);
            challengerLists[index] = List(challenger, ChallengerOrigin, index, visit, before, query);
        }

        return new ExperimentSimulation(visits, championLists, challengerLists, CustomerPurchases.FromEvents(sample.Future, sample.Cutoff));
    }

    /// <summary>The same visits with the roles swapped: the challenger's lists become the champion's and the other way round.</summary>
    public ExperimentSimulation Swapped() => new(Visits, [.. ChallengerLists], [.. ChampionLists], Purchases);

    /// <summary>Challenger − champion hit rate over every customer, each served by both: the difference an experiment estimates.</summary>
    public double TrueDifference(OnlineSettings settings) => HitRate(ChallengerLists, settings) - HitRate(ChampionLists, settings);

    /// <summary>What <paramref name="experiment"/> would report: each visit served by the model the hash gives the customer.</summary>
    public OnlineReport Observe(Experiment experiment, OnlineSettings settings)
    {
        var served = new List<ServedList>(Visits.Count);
        for (var index = 0; index < Visits.Count; index++)
        {
            var visit = Visits[index];
            served.Add(ExperimentAssignment.ChallengerFor([experiment], visit.CustomerId, visit.At) is null
                ? ChampionLists[index]
                : ChallengerLists[index] with { Experiment = experiment.Name });
        }

        return OnlineReports.Build(ByCustomer(served), Purchases, settings, AsOf, [experiment], registry: null);
    }

    /// <summary>The lists in the order an evaluation reads them: by customer, then time.</summary>
    public static IEnumerable<ServedList> ByCustomer(IEnumerable<ServedList> lists) =>
        lists.OrderBy(list => list.CustomerId, StringComparer.Ordinal).ThenBy(list => list.ServedAt).ThenBy(list => list.Id.Origin).ThenBy(list => list.Id.Sequence);

    private double HitRate(IReadOnlyList<ServedList> lists, OnlineSettings settings) =>
        Assert(OnlineEvaluator.Evaluate(ByCustomer(lists), Purchases, settings, AsOf).Groups).Figures.HitRate!.Value;

    private static OnlineGroup Assert(IReadOnlyList<OnlineGroup> groups) =>
        groups.Count == 1 ? groups[0] : throw new InvalidOperationException($"Expected the lists of one version, found {groups.Count}.");

    // As the API answers: the purchases since the model's data (all of the future) folded in.
    private static ServedList List(ServedModel model, long origin, int index, ShopVisit visit, List<PurchaseEvent> before, RecommendationQuery query)
    {
        var result = before.Count > 0 && model.Recommender is ModelRecommender als
            ? als.Recommend(visit.CustomerId, before, query)
            : model.Recommender.Recommend(visit.CustomerId, query);
        return new ServedList(new ExposureId(origin, index + 1), visit.CustomerId, "personal", model.Version, [.. result.Items.Select(item => item.ItemId)], visit.At);
    }
}
