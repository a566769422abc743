using System.Text.Json.Serialization;

namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>
/// The <c>also_bought</c> section of metrics.json: hit rates at K (five decimals) of the method served, of each
/// method and of the popularity baseline, on the test orders.
/// </summary>
/// <param name="K">List length the hit rates are at.</param>
/// <param name="Method">The candidate served (by name): the one chosen by validation.</param>
/// <param name="CoOccurrence">Hit rate of co-occurrence.</param>
/// <param name="Factors">Hit rate of factor similarity.</param>
/// <param name="Popularity">Hit rate of the popularity baseline.</param>
/// <param name="TestOrders">Test orders the hit rates are over.</param>
[JsonConverter(typeof(AlsoBoughtMetricsConverter))]
public sealed record AlsoBoughtMetrics(int K, string Method, double CoOccurrence, double Factors, double Popularity, int TestOrders)
{
    /// <summary>Every candidate's hit rates, in registration order; empty in sections written before the choice.</summary>
    public IReadOnlyList<AlsoBoughtCandidate> Candidates { get; init; } = [];

    /// <summary>Where the method was chosen: <c>validation</c>, <c>test</c> (validation window too small) or <c>settings</c>.</summary>
    public string? ChosenOn { get; init; }

    /// <summary>Why the choice differs from the best figure, when it does (a guard, the settings).</summary>
    public string? Note { get; init; }

    /// <summary>Test orders with two items or more; above <see cref="TestOrders"/> when a seeded sample of them was scored. Null in sections written before sampling.</summary>
    public int? EligibleTestOrders { get; init; }

    /// <summary>Standard error of the served method's hit rate (orders as clusters); null in sections written before it.</summary>
    public double? HitRateStdError { get; init; }

    /// <summary>The only also-bought baseline, the popularity list: the one the lift is over.</summary>
    public const string BestBaseline = "baselines.popularity";

    /// <summary>Hit rate of the method served over the popularity baseline's, to four decimals.</summary>
    public double LiftOverBestBaseline => Math.Round(HitRate / Math.Max(Popularity, 1e-12), 4);

    /// <summary>One sentence: the method served, its hit rate and its lift over the best baseline, named.</summary>
    public string Headline => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Method} served (chosen on {ChosenOn ?? "settings"}): hit rate@{K} {HitRate:F4}{Interval}, {LiftOverBestBaseline:F2}× the best baseline ({BestBaseline} {Popularity:F4})");

    /// <summary>Hit rate of the method served.</summary>
    public double HitRate => Candidates.FirstOrDefault(candidate => candidate.Name == Method)?.HitRate
        ?? (Method == "factors" ? Factors : CoOccurrence);

    // How sure the served figure is, and on which orders when a sample of them was scored.
    private string Interval => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{(HitRateStdError is { } error ? $" ± {error:F4}" : "")}{(EligibleTestOrders is { } all && all > TestOrders ? $" on a seeded sample of {TestOrders:N0} of {all:N0} test orders" : "")}");
}
