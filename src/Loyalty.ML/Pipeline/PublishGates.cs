using System.Globalization;
using System.Text.Json.Nodes;
using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Core;
using Loyalty.ML.Data;
using Loyalty.ML.Recommendations.Evaluation.Metrics;

namespace Loyalty.ML.Pipeline;

/// <summary>
/// The run's own sanity gates, checked after training and before publishing: every metric is a finite number, and
/// the run's evaluation has not collapsed, against its own baselines or against the current version when that was
/// trained on the same transactions file. Small test sets are not judged: their figures move too much by chance.
/// </summary>
internal static class PublishGates
{
    public const string FiniteMetrics = "finite_metrics";
    public const string RecommenderQuality = "recommender_quality";
    public const string ChurnQuality = "churn_quality";

    /// <summary>Fewest test customers whose figures a gate judges.</summary>
    public const int MinTestCustomers = 100;

    /// <summary>ALS fails below this share of popularity's NDCG, or of the current version's.</summary>
    public const double MinShareOfPopularity = 0.8;

    /// <summary>ALS fails below this share of the current version's NDCG.</summary>
    public const double MinShareOfCurrent = 0.7;

    /// <summary>Churn fails when its AUC is this far below the current version's.</summary>
    public const double MaxAucDropFromCurrent = 0.1;

    /// <summary>Churn fails when even the top of the 95% interval of its gain over recency is below this.</summary>
    public const double MaxAucShortfallToRecency = -0.02;

    /// <summary>The gates of a run whose typed sections are <paramref name="typed"/> and whose metrics.json is <paramref name="document"/>.</summary>
    public static IReadOnlyList<SanityGate> Check(RunMetrics typed, JsonObject document, CurrentVersionMetrics? current) =>
        [Finite(document), Recommender(typed.Recommendations, current), Churn(typed.Churn?.Evaluation, current)];

    private static SanityGate Finite(JsonObject metrics)
    {
        var bad = NonFiniteNumbers.In(metrics).Select(number => number.Path).Take(3).ToList();
        return bad.Count == 0
            ? new SanityGate(FiniteMetrics, true, "every metric is a finite number")
            : new SanityGate(FiniteMetrics, false, $"metrics that are not finite numbers: {string.Join(", ", bad)}");
    }

    private static SanityGate Recommender(RecommenderMetrics? metrics, CurrentVersionMetrics? current)
    {
        // The list served is judged: the chosen candidate when the run chose, ALS in sections written before it did.
        var served = metrics?.Served ?? metrics?.Als;
        var (ndcg, popularity, customers) = (served?.Ndcg, metrics?.Popularity?.Ndcg, (double?)served?.TestCustomers);
        if (ndcg is not { } value || customers is not { } count || count < MinTestCustomers)
        {
            return new SanityGate(RecommenderQuality, true, Text($"not judged: {customers ?? 0:0} test customers (fewer than {MinTestCustomers})"));
        }

        if (!double.IsFinite(value))
        {
            return new SanityGate(RecommenderQuality, false, Text($"NDCG@10 is not a number ({value}) on {count:0} test customers"));
        }

        if (popularity is { } baseline && value < MinShareOfPopularity * baseline)
        {
            return new SanityGate(RecommenderQuality, false, Text($"NDCG@10 {value:0.####} is below {MinShareOfPopularity * 100:0}% of popularity's {baseline:0.####} on {count:0} test customers"));
        }

        var before = current?.Metrics.Recommendations?.Als?.Ndcg;
        if (before is { } previous && value < MinShareOfCurrent * previous)
        {
            return new SanityGate(RecommenderQuality, false, Text($"NDCG@10 {value:0.####} is below {MinShareOfCurrent * 100:0}% of the current version {current!.Version}'s {previous:0.####}"));
        }

        return new SanityGate(RecommenderQuality, true, Text($"NDCG@10 {value:0.####} (popularity {popularity ?? double.NaN:0.####}{Against(current, before)})"));
    }

    private static SanityGate Churn(ChurnEvaluationMetrics? metrics, CurrentVersionMetrics? current)
    {
        if (metrics is null || metrics.TestCustomers < MinTestCustomers)
        {
            return new SanityGate(ChurnQuality, true, Text($"not judged: {metrics?.TestCustomers ?? 0} test customers (fewer than {MinTestCustomers})"));
        }

        var (value, recency, count) = (metrics.Auc, metrics.Baselines?.Recency.Auc ?? double.NaN, metrics.TestCustomers);
        if (!double.IsFinite(value))
        {
            return new SanityGate(ChurnQuality, false, Text($"AUC is not a number ({value}) on {count} test customers"));
        }

        if (value <= 0.5)
        {
            return new SanityGate(ChurnQuality, false, Text($"AUC {value:0.###} on {count} test customers is no better than chance"));
        }

        if (metrics.Intervals?.AucGainOverRecency is { } gain && gain.High < MaxAucShortfallToRecency)
        {
            return new SanityGate(ChurnQuality, false, Text($"AUC {value:0.###} is below recency's {recency:0.###}: the 95% interval of the gain ends at {gain.High:0.###}"));
        }

        var before = current?.Metrics.Churn?.Evaluation?.Auc;
        if (before is { } previous && value < previous - MaxAucDropFromCurrent)
        {
            return new SanityGate(ChurnQuality, false, Text($"AUC {value:0.###} is more than {MaxAucDropFromCurrent} below the current version {current!.Version}'s {previous:0.###}"));
        }

        return new SanityGate(ChurnQuality, true, Text($"AUC {value:0.###} (recency {recency:0.###}{Against(current, before)})"));
    }

    private static string Against(CurrentVersionMetrics? current, double? before) =>
        current is not null && before is { } value ? Text($", current version {current.Version} {value:0.####}") : "";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
