using System.Text.Json.Serialization;

namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>
/// The <c>recommendations</c> section of metrics.json: ALS's top-K figures (at the top level) on the deciding
/// protocol's test (<see cref="Protocol"/>), the time split, its lift over item-kNN, the baselines' figures, the fit
/// time and the fit, every candidate under both protocols, the choice and its confidence; or, when nothing could be
/// evaluated, why.
/// </summary>
[JsonConverter(typeof(RecommenderMetricsConverter))]
public sealed record RecommenderMetrics
{
    /// <summary>ALS's figures; null when not evaluated.</summary>
    public RankingSummary? Als { get; init; }

    /// <summary>Start of the test period.</summary>
    public DateTime SplitTime { get; init; }

    /// <summary>Customers who bought new items both before and after the split.</summary>
    public int EligibleTestCustomers { get; init; }

    /// <summary>ALS's NDCG over item-kNN's, to four decimals.</summary>
    public double NdcgLiftOverItemKnn { get; init; }

    /// <summary>The popularity baseline's figures.</summary>
    public RankingSummary? Popularity { get; init; }

    /// <summary>The item-kNN baseline's figures.</summary>
    public RankingSummary? ItemKnn { get; init; }

    /// <summary>Seconds the evaluation fit took, to milliseconds (differs between runs).</summary>
    public double AlsFitSeconds { get; init; }

    /// <summary>The fit the figures measure.</summary>
    public RecommenderFit? Fit { get; init; }

    /// <summary>The figures of the personal method served (the chosen candidate) on the test split.</summary>
    public RankingSummary? Served { get; init; }

    /// <summary>Name of the personal method served (<see cref="MethodNames"/>).</summary>
    public string? Chosen { get; init; }

    /// <summary>Where it was chosen: <c>validation</c>, <c>test</c> (validation window too small) or <c>settings</c>.</summary>
    public string? ChosenOn { get; init; }

    /// <summary>The best of the baselines (popularity, item-kNN) on the test split.</summary>
    public string? BestBaseline { get; init; }

    /// <summary>The served method's NDCG over the best baseline's, to four decimals.</summary>
    public double NdcgLiftOverBestBaseline { get; init; }

    /// <summary>One sentence: the method served, its NDCG and its lift over the best baseline, named.</summary>
    public string? Headline { get; init; }

    /// <summary>Every personal candidate's figures, in <see cref="MethodNames.Personal"/> order.</summary>
    public IReadOnlyList<CandidateFigures> Candidates { get; init; } = [];

    /// <summary>Start of the validation window the choice was made on, when it was made on one.</summary>
    public DateTime? ValidationSplitTime { get; init; }

    /// <summary>Customers of the validation window.</summary>
    public int ValidationCustomers { get; init; }

    /// <summary>How near-identical the item factors are (the collapse guard).</summary>
    internal Selection.FactorCollapse? FactorCollapse { get; init; }

    /// <summary>Why the choice differs from the best figure, when it does (a guard, the settings).</summary>
    public string? Note { get; init; }

    /// <summary>What up-sell compares: price per unit, or list price only and why.</summary>
    public string? UpSell { get; init; }

    /// <summary>The ALS search the run made first, when it made one.</summary>
    public Tuning.TuningResult? Tuning { get; init; }

    /// <summary>The protocol that decided: <c>time_split</c> or <c>last_basket</c>.</summary>
    public string? Protocol { get; init; }

    /// <summary>Which splits were fitted and scored, and why the others were not.</summary>
    public string? Evaluated { get; init; }

    /// <summary>Why that protocol decided, with the customers each split had.</summary>
    public string? ProtocolReason { get; init; }

    /// <summary>Customers of the split the choice was made on.</summary>
    public int ChoiceCustomers { get; init; }

    /// <summary>The personal choice with its confidence: leader against runner-up and the rule that decided.</summary>
    internal Selection.CandidateChoice? Choice { get; init; }

    /// <summary>The choice's confidence in one sentence: the comparison that decided and the rule.</summary>
    public string? ChoiceStatement
    {
        get => field ?? (Choice is { } choice ? $"{(choice.Pooled ?? choice.Comparison).Statement}; {choice.Reason}" : null);
        init;
    }

    /// <summary>Customers of the last-basket test (every customer's last basket held out).</summary>
    public int LastBasketTestCustomers { get; init; }

    /// <summary>Customers of the last-basket choice split (last baskets before the test split).</summary>
    public int LastBasketValidationCustomers { get; init; }

    /// <summary>Customers of the time-split test.</summary>
    public int TimeSplitTestCustomers { get; init; }

    /// <summary>Customers of the time-split validation window.</summary>
    public int TimeSplitValidationCustomers { get; init; }

    /// <summary>Share of next-period (customer, item) purchases that were items the customer had bought before (<see cref="EvaluationSplit.RepeatShare"/>).</summary>
    public double? RepeatShare { get; init; }

    /// <summary>Why nothing was evaluated; null when it was.</summary>
    public string? NotEvaluatedReason { get; init; }

    /// <summary>The section of a run that could not be evaluated.</summary>
    public static RecommenderMetrics NotEvaluated(string reason) => new() { NotEvaluatedReason = reason };
}
