using System.Globalization;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;
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
/// with two baskets. Only the deciding protocol's splits are always fitted; the other protocol's choice split is fitted
/// (personal candidates only) when <see cref="CandidateChoice"/> asks for more evidence, and its test split never: each
/// split costs an ALS fit and the scoring of every candidate. The personal candidate follows <see cref="CandidateChoice"/>'s rule among those the guards leave
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
        var splits = new (string What, DeferredSplit Split, bool Validation)[]
        {
            ("time-split test", new DeferredSplit(() => TimeSplit.Create(history, splitTime)), false),
            ("time-split validation", new DeferredSplit(() => TimeSplit.Create(history, splitTime.AddDays(-options.TestDays), testUntil: splitTime)), true),
            ("last-basket test", new DeferredSplit(() => LastBasketSplit.Create(history)), false),
            ("last-basket validation", new DeferredSplit(() => LastBasketSplit.Create(history, splitTime)), true),
        };

        // Counted two at a time (each split is built on one core), each dropped once counted, but the time split's
        // validation (counted last): the first split fitted whenever the time split decides, as it does on every large history.
        foreach (var (first, second) in (ReadOnlySpan<(int, int)>)[(0, 2), (3, 1)])
        {
            Task.WhenAll(Task.Run(() => splits[first].Split.Measure(keep: false)), Task.Run(() => splits[second].Split.Measure(keep: second == 1))).GetAwaiter().GetResult();
        }

        if (splits[0].Split.TestCustomers == 0 && splits[2].Split.TestCustomers == 0)
        {
            var reason = $"no customer bought new items both before and in the last {options.TestDays} days, nor in a last basket after an earlier one";
            return new SelectionResult(Unevaluated(options), RecommenderMetrics.NotEvaluated(reason), null, $"not evaluated ({reason})");
        }

        var customers = Array.ConvertAll(splits, split => split.Split.TestCustomers >= (split.Validation ? MinValidationCustomers : 1) ? split.Split.TestCustomers : 0);
        var timeDecides = customers[0] > 0 && TimeSplitDecides(customers[1], customers[0]);
        var (decidingTest, otherTest) = timeDecides || customers[2] == 0 ? (0, 2) : (2, 0);
        var iterations = options.Als.Iterations;
        var repeatShare = customers[0] > 0 ? splits[0].Split.RepeatShare : customers[2] > 0 ? splits[2].Split.RepeatShare : (double?)null;
        var timeSplitTime = customers[0] > 0 ? splits[0].Split.SplitTime : customers[1] > 0 ? splits[1].Split.SplitTime : (DateTime?)null;
        var counts = new SplitCustomers(customers[1], customers[0], customers[3], customers[2], repeatShare, timeSplitTime);
        var otherProtocol = splits[otherTest].Split.Protocol;
        var otherChoiceIndex = customers[otherTest + 1] > 0 ? otherTest + 1 : otherTest;
        if (decidingTest != 0 || customers[1] == 0)
        {
            // The kept split is not the first one fitted; it is built again if the pooled step asks for it.
            splits[1].Split.Release();
        }

        var evaluated = 0;
        RecommenderEvaluation? Evaluate(int index, bool personalOnly, WarmStart? warm = null)
        {
            if (customers[index] == 0)
            {
                return null;
            }

            var (what, deferred, _) = splits[index];
            var split = deferred.Take();
            TrainingMemory.Release(); // what the splits fitted before left, and this split's build, are dead; its fit would be laid on top of them
            var start = Math.Min(evaluated++, 3) / 4.0;
            report?.Invoke(start, $"evaluating {(personalOnly ? "the personal candidates" : "every candidate")} on the {what}");
            // The baselines are reported on the deciding test split only.
            return RecommenderEvaluation.Run(history, split, options, done => report?.Invoke(start + (0.25 * done / iterations), what + " fit"), personalOnly, warm, baselines: index == decidingTest);
        }

        RecommenderEvaluation? otherChoice = null;
        RecommenderEvaluation? OtherChoice() => otherChoice ??= Evaluate(otherChoiceIndex, true)?.Figures();
        var choiceSplit = Evaluate(decidingTest + 1, false);
        var choiceFactors = choiceSplit?.Model!.Factors;
        var choiceFigures = choiceSplit?.Figures();
        choiceSplit = null; // the rest of its model goes before the other protocol's split may be fitted
        var warm = choiceFigures is null ? null : TestWarmStart(options, choiceFigures, choiceFactors!, OtherChoice, splits[decidingTest + 1].What);
        var deciding = new ProtocolRun(splits[decidingTest].Split.Protocol, choiceFigures, Evaluate(decidingTest, false, warm)?.Figures());
        var other = () => new ProtocolRun(
            otherProtocol,
            otherChoiceIndex == otherTest + 1 ? otherChoice : null,
            otherChoiceIndex == otherTest ? otherChoice : null);
        return Choose(options, deciding, OtherChoice, other, counts, timeDecides);
    }

    /// <summary>
    /// The deciding test split's ALS fit starts from its choice split's factors, for a third of the iterations, when
    /// the methods the choice split picks (the personal one by <see cref="CandidateChoice"/>, the also-bought leader)
    /// read no ALS factors (co-occurrence fills short lists from them, so it counts as reading them): then the served
    /// figures do not depend on the fit, and only the figures of the factor candidates are of a warm-started one, as
    /// metrics.json's <c>fit.warm_start</c> says. The choice split's window
    /// lies inside the test split's training lines (lines before the validation window; for the last basket, each
    /// customer's lines before their last basket ahead of the split), so no held-out test line reaches the start.
    /// A guard on the test split only rules factor methods out, so the final choice uses no factors either.
    /// </summary>
    private static WarmStart? TestWarmStart(RecommenderOptions options, RecommenderEvaluation choiceSplit, AlsFactors factors, Func<RecommenderEvaluation?> otherChoice, string what)
    {
        var collapsed = choiceSplit.Collapse.Collapsed;
        var personal = options.Personal ?? PersonalChoice(options, choiceSplit, otherChoice, name => UsablePersonal(name, collapsed)).Chosen;
        var alsoBought = AlsoBoughtLeader(options, choiceSplit, name => UsableAlsoBought(name, collapsed));
        if (PersonalCandidates.Get(personal).UsesFactors || AlsoBoughtCandidates.Get(alsoBought).ReadsFactors)
        {
            return null;
        }

        var cold = options.Als.Iterations;
        var warm = WarmStart.IterationsFor(cold);
        var described = Text($"ALS started from the {what} fit's factors (trained before {choiceSplit.Window.End:yyyy-MM-dd HH:mm}), {warm} iterations instead of {cold}: that window lies inside this one, so no held-out line reaches the start; {personal} and {alsoBought}, served, read no ALS factors, so their figures are those of a cold fit");
        return new WarmStart(factors, warm, described);
    }

    private static SelectionResult Choose(RecommenderOptions options, ProtocolRun deciding, Func<RecommenderEvaluation?> otherChoice, Func<ProtocolRun> other, SplitCustomers counts, bool timeDecides)
    {
        var protocolReason = timeDecides
            ? Text($"both time-split windows have {SmallSplitCustomers:N0}+ customers (validation {counts.TimeValidation:N0}, test {counts.TimeTest:N0})")
            : Text($"a time-split window has under {SmallSplitCustomers:N0} customers (validation {counts.TimeValidation:N0}, test {counts.TimeTest:N0}); the last basket counts {(counts.BasketValidation > 0 ? counts.BasketValidation : counts.BasketTest):N0} to choose and {counts.BasketTest:N0} to report");
        var decisive = deciding.Choice!;
        var test = deciding.Test!;
        var collapse = decisive.Collapse.Collapsed ? decisive.Collapse : test.Collapse;
        bool Eligible(string name) => UsablePersonal(name, collapse.Collapsed);
        bool EligibleAlsoBought(string name) => UsableAlsoBought(name, collapse.Collapsed);
        var notes = new List<string>();
        if (collapse.Collapsed)
        {
            notes.Add(Text($"the item factors collapsed ({collapse.NearIdenticalShare:P0} of item pairs have cosine ≥ {FactorCollapse.NearIdenticalCosine}): the data is too sparse for them, so ALS, the blend and factor neighbours are not served"));
        }

        var choice = PersonalChoice(options, decisive, otherChoice, Eligible);
        var personal = options.Personal ?? choice.Chosen;
        var fallback = Fallbacks.Where(Eligible).OrderByDescending(name => test.Personal[name].Ndcg).First();
        var (winner, safe) = (test.Personal[personal], test.Personal[fallback]);
        if (options.Personal is null && winner.Ndcg + winner.NdcgStdError < safe.Ndcg)
        {
            notes.Add(Text($"{personal} was chosen but is below {fallback} on the {deciding.Name} test split ({winner.Ndcg:F4} ± {winner.NdcgStdError:F4} < {safe.Ndcg:F4}): {fallback} is served"));
            personal = fallback;
        }

        var alsoBought = AlsoBoughtLeader(options, decisive, EligibleAlsoBought);
        var chosenOn = options.Personal is not null ? "settings" : deciding.Validation is null ? "test" : "validation";
        var note = notes.Count == 0 ? null : string.Join("; ", notes);
        var others = other();
        var (time, basket) = deciding.Protocol == EvaluationProtocol.TimeSplit ? (deciding, others) : (others, deciding);
        var figures = new SelectionFigures(time, basket, deciding, counts, Eligible, EligibleAlsoBought);
        var recommendations = figures.Recommendations(personal, chosenOn, note, choice, protocolReason) with { Evaluated = Evaluated(deciding, others) };
        var alsoBoughtMetrics = figures.AlsoBought(alsoBought, options.AlsoBought is not null ? "settings" : chosenOn, collapse.Collapsed ? "factor neighbours ruled out: the item factors collapsed" : null);
        var candidates = string.Join(", ", test.Personal.Select(pair => Text($"{pair.Key} {pair.Value.Ndcg:F4}")));
        var summary = Text(
            $"personal lists: {recommendations.Headline}; {deciding.Name} test candidates {candidates}; choice: {choice.Reason}; also-bought: {alsoBoughtMetrics.Headline}{(note is null ? "" : "; note: " + note)}");
        return new SelectionResult(new ModelChoice(personal, alsoBought), recommendations, alsoBoughtMetrics, summary);
    }

    // The personal choice among the eligible candidates on the choice split, asking the other protocol only when that split cannot tell (never when the settings name one).
    private static CandidateChoice PersonalChoice(RecommenderOptions options, RecommenderEvaluation decisive, Func<RecommenderEvaluation?> otherChoice, Func<string, bool> eligible)
    {
        var candidates = MethodNames.Personal.Where(eligible).ToList();
        return options.Personal is null
            ? CandidateChoice.Make(candidates, decisive.Personal, () => new[] { otherChoice() }.OfType<RecommenderEvaluation>().Select(evaluation => evaluation.Personal).ToList())
            : CandidateChoice.Make(candidates, decisive.Personal, []);
    }

    // The settings' also-bought method, else the eligible one with the best hit rate on the choice split.
    private static string AlsoBoughtLeader(RecommenderOptions options, RecommenderEvaluation decisive, Func<string, bool> eligible) =>
        options.AlsoBought ?? MethodNames.AlsoBought.Where(eligible).OrderByDescending(name => decisive.AlsoBought[name]).First();

    // Once the item factors collapsed, no candidate that serves from them is.
    private static bool UsablePersonal(string name, bool collapsed) => !collapsed || !PersonalCandidates.Get(name).UsesFactors;

    private static bool UsableAlsoBought(string name, bool collapsed) => !collapsed || !AlsoBoughtCandidates.Get(name).UsesFactors;

    // Which splits were fitted and scored, and why the others were not: the other protocol only adds evidence when the deciding one cannot tell.
    private static string Evaluated(ProtocolRun deciding, ProtocolRun other)
    {
        var decided = Text($"{deciding.Name}: {(deciding.Validation is null ? "test split" : "choice and test splits")}, every candidate");
        var added = other.Choice is null
            ? Text($"{other.Name}: not fitted, the deciding split chose on its own")
            : Text($"{other.Name}: its {(other.Validation is null ? "test" : "choice")} split, personal candidates only, as more evidence for the choice; its test split not fitted");
        return decided + "; " + added;
    }

    /// <summary>The choice of a run that does not evaluate: the settings' methods, else the defaults.</summary>
    public static ModelChoice Unevaluated(RecommenderOptions options) =>
        new(options.Personal ?? ModelChoice.Default.Personal, options.AlsoBought ?? ModelChoice.Default.AlsoBought);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
