using System.Globalization;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Candidates.AlsoBought;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Evaluation.Metrics;

namespace Loyalty.ML.Recommendations.Selection;

/// <summary>
/// Chooses what each list kind serves, on two protocols: the time split (validation window before the test split,
/// the test split after it) and the per-customer last-basket hold-out (the last baskets before the test split to
/// choose, the last baskets of the whole history to report). The time split decides when both its windows have at
/// least <see cref="SmallSplitCustomers"/> customers; otherwise the last basket does, which counts every customer
/// with two baskets. The personal candidate follows <see cref="CandidateChoice"/>'s rule among those the guards leave
/// (collapsed factors rule out ALS, the blend and factor neighbours), and a choice whose figure on the deciding test
/// split is below the best baseline-like candidate's by more than its standard error is replaced by that candidate.
/// </summary>
internal static class RecommenderSelection
{
    /// <summary>Fewest customers a choice split needs; with fewer the choice is made on the protocol's test split.</summary>
    public const int MinValidationCustomers = 100;

    /// <summary>Below this many customers in either time-split window, the last-basket protocol decides.</summary>
    public const int SmallSplitCustomers = 1_000;

    // The candidates that rank as a reported baseline does, one of which replaces a choice found below it on the test split.
    private static readonly string[] Fallbacks = ["popularity_all_time", "popularity", "item_knn"];

    /// <summary>True when the time split decides: both its windows have at least <see cref="SmallSplitCustomers"/> customers.</summary>
    public static bool TimeSplitDecides(int validationCustomers, int testCustomers) => Math.Min(validationCustomers, testCustomers) >= SmallSplitCustomers;

    /// <summary>Evaluates every candidate and chooses; <paramref name="report"/> gets the share done and what is running.</summary>
    public static SelectionResult Run(PurchaseHistory history, RecommenderOptions options, Action<double, string>? report = null)
    {
        var splitTime = TimeSplit.DefaultSplitTime(history, options.TestDays);
        var splits = new (string What, EvaluationSplit Split, bool Validation)[]
        {
            ("time-split test", TimeSplit.Create(history, splitTime), false),
            ("time-split validation", TimeSplit.Create(history, splitTime.AddDays(-options.TestDays), testUntil: splitTime), true),
            ("last-basket test", LastBasketSplit.Create(history), false),
            ("last-basket validation", LastBasketSplit.Create(history, splitTime), true),
        };
        if (splits[0].Split.TestCustomers.Length == 0 && splits[2].Split.TestCustomers.Length == 0)
        {
            var reason = $"no customer bought new items both before and in the last {options.TestDays} days, nor in a last basket after an earlier one";
            return new SelectionResult(Unevaluated(options), RecommenderMetrics.NotEvaluated(reason), null, $"not evaluated ({reason})");
        }

        var evaluations = new RecommenderEvaluation?[splits.Length];
        var iterations = options.Als.Iterations;
        for (var index = 0; index < splits.Length; index++)
        {
            var (what, split, validation) = splits[index];
            var enough = split.TestCustomers.Length >= (validation ? MinValidationCustomers : 1);
            var start = (double)index / splits.Length;
            report?.Invoke(start, $"evaluating every candidate on the {what}");
            evaluations[index] = enough ? RecommenderEvaluation.Run(history, split, options, done => report?.Invoke(start + (0.25 * done / iterations), what + " fit")) : null;
        }

        var time = new ProtocolRun(EvaluationProtocol.TimeSplit, evaluations[1], evaluations[0]);
        var basket = new ProtocolRun(EvaluationProtocol.LastBasket, evaluations[3], evaluations[2]);
        return Choose(options, time, basket);
    }

    private static SelectionResult Choose(RecommenderOptions options, ProtocolRun time, ProtocolRun basket)
    {
        var timeDecides = time.Test is not null && TimeSplitDecides(time.Validation?.Split.TestCustomers.Length ?? 0, time.Test.Split.TestCustomers.Length);
        var (deciding, other) = timeDecides || basket.Test is null ? (time, basket) : (basket, time);
        var protocolReason = timeDecides
            ? Text($"both time-split windows have {SmallSplitCustomers:N0}+ customers (validation {time.Validation?.Split.TestCustomers.Length ?? 0:N0}, test {time.Test?.Split.TestCustomers.Length ?? 0:N0})")
            : Text($"a time-split window has under {SmallSplitCustomers:N0} customers (validation {time.Validation?.Split.TestCustomers.Length ?? 0:N0}, test {time.Test?.Split.TestCustomers.Length ?? 0:N0}); the last basket counts {basket.Choice?.Split.TestCustomers.Length ?? 0:N0} to choose and {basket.Test?.Split.TestCustomers.Length ?? 0:N0} to report");
        var decisive = deciding.Choice!;
        var test = deciding.Test!;
        var collapse = decisive.Collapse.Collapsed ? decisive.Collapse : test.Collapse;
        bool Eligible(string name) => !collapse.Collapsed || !PersonalCandidates.Get(name).UsesFactors;
        bool EligibleAlsoBought(string name) => !collapse.Collapsed || !AlsoBoughtCandidates.Get(name).UsesFactors;
        var notes = new List<string>();
        if (collapse.Collapsed)
        {
            notes.Add(Text($"the item factors collapsed ({collapse.NearIdenticalShare:P0} of item pairs have cosine ≥ {FactorCollapse.NearIdenticalCosine}): the data is too sparse for them, so ALS, the blend and factor neighbours are not served"));
        }

        var eligible = MethodNames.Personal.Where(Eligible).ToList();
        var others = new[] { other.Choice }.OfType<RecommenderEvaluation>().Select(evaluation => evaluation.Personal).ToList();
        var choice = CandidateChoice.Make(eligible, decisive.Personal, others);
        var personal = options.Personal ?? choice.Chosen;
        var fallback = Fallbacks.Where(Eligible).OrderByDescending(name => test.Personal[name].Ndcg).First();
        var (winner, safe) = (test.Personal[personal], test.Personal[fallback]);
        if (options.Personal is null && winner.Ndcg + winner.NdcgStdError < safe.Ndcg)
        {
            notes.Add(Text($"{personal} was chosen but is below {fallback} on the {deciding.Name} test split ({winner.Ndcg:F4} ± {winner.NdcgStdError:F4} < {safe.Ndcg:F4}): {fallback} is served"));
            personal = fallback;
        }

        var alsoBought = options.AlsoBought ?? MethodNames.AlsoBought.Where(EligibleAlsoBought).OrderByDescending(name => decisive.AlsoBought[name]).First();
        var chosenOn = options.Personal is not null ? "settings" : deciding.Validation is null ? "test" : "validation";
        var note = notes.Count == 0 ? null : string.Join("; ", notes);
        var figures = new SelectionFigures(time, basket, deciding, Eligible, EligibleAlsoBought);
        var recommendations = figures.Recommendations(personal, chosenOn, note, choice, protocolReason);
        var alsoBoughtMetrics = figures.AlsoBought(alsoBought, options.AlsoBought is not null ? "settings" : chosenOn, collapse.Collapsed ? "factor neighbours ruled out: the item factors collapsed" : null);
        var candidates = string.Join(", ", test.Personal.Select(pair => Text($"{pair.Key} {pair.Value.Ndcg:F4}")));
        var summary = Text(
            $"personal lists: {recommendations.Headline}; {deciding.Name} test candidates {candidates}; choice: {choice.Reason}; also-bought: {alsoBoughtMetrics.Headline}{(note is null ? "" : "; note: " + note)}");
        return new SelectionResult(new ModelChoice(personal, alsoBought), recommendations, alsoBoughtMetrics, summary);
    }

    /// <summary>The choice of a run that does not evaluate: the settings' methods, else the defaults.</summary>
    public static ModelChoice Unevaluated(RecommenderOptions options) =>
        new(options.Personal ?? ModelChoice.Default.Personal, options.AlsoBought ?? ModelChoice.Default.AlsoBought);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
