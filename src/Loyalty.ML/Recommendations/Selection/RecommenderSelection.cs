using System.Globalization;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Evaluation.Metrics;

namespace Loyalty.ML.Recommendations.Selection;

/// <summary>
/// Chooses what each list kind serves. Every candidate is fitted and scored on a validation window (the
/// <see cref="RecommenderOptions.TestDays"/> before the test split) and on the test split; the best on validation
/// wins (on the test split when validation has too few customers), among the candidates the guards leave: collapsed
/// factors rule out ALS, the blend and factor neighbours. Popularity, decayed and all-time (the baseline's own
/// ranking), is always a candidate, and a winner whose test figure is below the best of the baseline-like candidates
/// (both popularities, item-kNN) by more than its standard error is replaced by that candidate, so the run never
/// publishes a list known to be worse than the best baseline it reports.
/// </summary>
public static class RecommenderSelection
{
    // The candidates that rank as a reported baseline does, one of which replaces a winner found below it on the test split.
    private static readonly PersonalMethod[] Fallbacks = [PersonalMethod.PopularityAllTime, PersonalMethod.Popularity, PersonalMethod.ItemKnn];

    /// <summary>Fewest validation customers the choice is made on; with fewer it is made on the test split.</summary>
    public const int MinValidationCustomers = 100;

    /// <summary>Evaluates every candidate and chooses; <paramref name="report"/> gets the share done and what is running.</summary>
    public static SelectionResult Run(PurchaseHistory history, RecommenderOptions options, Action<double, string>? report = null)
    {
        options.Validate();
        var splitTime = TimeSplit.DefaultSplitTime(history, options.TestDays);
        var split = TimeSplit.Create(history, splitTime);
        if (split.TestCustomers.Length == 0)
        {
            var reason = $"no customer bought new items both before and in the last {options.TestDays} days";
            return new SelectionResult(Forced(options), RecommenderMetrics.NotEvaluated(reason), null, $"not evaluated ({reason})");
        }

        var iterations = options.Als.Iterations;
        report?.Invoke(0, "evaluating every candidate on the test split");
        var test = RecommenderEvaluation.Run(history, split, options, done => report?.Invoke(0.5 * done / iterations, "test split fit"));
        report?.Invoke(0.5, "evaluating every candidate on the validation window");
        var validationSplit = TimeSplit.Create(history, splitTime.AddDays(-options.TestDays), testUntil: splitTime);
        var validation = validationSplit.TestCustomers.Length >= MinValidationCustomers
            ? RecommenderEvaluation.Run(history, validationSplit, options, done => report?.Invoke(0.5 + (0.5 * done / iterations), "validation fit"))
            : null;
        return Choose(options, test, validation);
    }

    private static SelectionResult Choose(RecommenderOptions options, RecommenderEvaluation test, RecommenderEvaluation? validation)
    {
        var decisive = validation ?? test;
        var collapse = decisive.Collapse.Collapsed ? decisive.Collapse : test.Collapse;
        bool Eligible(PersonalMethod method) => !collapse.Collapsed || method is not (PersonalMethod.Als or PersonalMethod.BlendAlsItemKnn);
        bool EligibleAlsoBought(AlsoBoughtMethod method) => !collapse.Collapsed || method != AlsoBoughtMethod.Factors;
        var notes = new List<string>();
        if (collapse.Collapsed)
        {
            notes.Add(Text($"the item factors collapsed ({collapse.NearIdenticalShare:P0} of item pairs have cosine ≥ {FactorCollapse.NearIdenticalCosine}): the data is too sparse for them, so ALS, the blend and factor neighbours are not served"));
        }

        var personal = options.Personal ?? Enum.GetValues<PersonalMethod>().Where(Eligible).OrderByDescending(method => decisive.Personal[method].Ndcg).ThenBy(method => method).First();
        var fallback = Fallbacks.Where(Eligible).OrderByDescending(method => test.Personal[method].Ndcg).ThenBy(method => method).First();
        var (winner, safe) = (test.Personal[personal], test.Personal[fallback]);
        if (options.Personal is null && winner.Ndcg + winner.NdcgStdError < safe.Ndcg)
        {
            notes.Add(Text($"{MethodNames.Of(personal)} won on validation but is below {MethodNames.Of(fallback)} on the test split ({winner.Ndcg:F4} ± {winner.NdcgStdError:F4} < {safe.Ndcg:F4}): {MethodNames.Of(fallback)} is served"));
            personal = fallback;
        }

        var served = test.Personal[personal];

        var alsoBought = options.AlsoBought ?? Enum.GetValues<AlsoBoughtMethod>().Where(EligibleAlsoBought).OrderByDescending(method => decisive.AlsoBought[method]).ThenBy(method => method).First();
        var chosenOn = options.Personal is not null ? "settings" : validation is null ? "test" : "validation";
        var note = notes.Count == 0 ? null : string.Join("; ", notes);
        var recommendations = Recommendations(test, validation, personal, Eligible, chosenOn, note);
        var alsoBoughtMetrics = new AlsoBoughtMetrics(
            options.K,
            alsoBought,
            Math.Round(test.AlsoBought[AlsoBoughtMethod.CoOccurrence], 5),
            Math.Round(test.AlsoBought[AlsoBoughtMethod.Factors], 5),
            Math.Round(test.AlsoBoughtPopularity, 5),
            test.AlsoBoughtOrders)
        {
            Candidates = [.. Enum.GetValues<AlsoBoughtMethod>().Select(method => new AlsoBoughtCandidate(
                MethodNames.Of(method), Math.Round(test.AlsoBought[method], 5), validation is null ? null : Math.Round(validation.AlsoBought[method], 5), EligibleAlsoBought(method)))],
            ChosenOn = options.AlsoBought is not null ? "settings" : validation is null ? "test" : "validation",
            Note = collapse.Collapsed ? "factor neighbours ruled out: the item factors collapsed" : null,
        };
        var candidates = string.Join(", ", test.Personal.Select(pair => Text($"{MethodNames.Of(pair.Key)} {pair.Value.Ndcg:F4}")));
        var summary = Text(
            $"personal lists: {recommendations.Headline}; candidates {candidates}; also-bought: {alsoBoughtMetrics.Headline}{(note is null ? "" : "; note: " + note)}");
        return new SelectionResult(new ModelChoice(personal, alsoBought), recommendations, alsoBoughtMetrics, summary);
    }

    private static RecommenderMetrics Recommendations(
        RecommenderEvaluation test, RecommenderEvaluation? validation, PersonalMethod personal, Func<PersonalMethod, bool> eligible, string chosenOn, string? note)
    {
        var baselines = new (string Name, double Ndcg)[]
        {
            ("baselines.popularity", test.Popularity.Ndcg),
            ("baselines.item_knn", test.ItemKnn.Ndcg),
            ("candidates.popularity", test.Personal[PersonalMethod.Popularity].Ndcg),
            ("candidates.popularity_all_time", test.Personal[PersonalMethod.PopularityAllTime].Ndcg),
            ("candidates.item_knn", test.Personal[PersonalMethod.ItemKnn].Ndcg),
        };
        var best = baselines.OrderByDescending(baseline => baseline.Ndcg).First();
        var served = test.Personal[personal];
        var lift = Math.Round(served.Ndcg / Math.Max(best.Ndcg, 1e-12), 4);
        return new RecommenderMetrics
        {
            Als = RankingSummary.From(test.Als),
            SplitTime = test.Split.SplitTime,
            EligibleTestCustomers = test.Split.EligibleTestCustomers,
            NdcgLiftOverItemKnn = Math.Round(test.Als.Ndcg / Math.Max(test.ItemKnn.Ndcg, 1e-12), 4),
            Popularity = RankingSummary.From(test.Popularity),
            ItemKnn = RankingSummary.From(test.ItemKnn),
            AlsFitSeconds = Math.Round(test.Stats.Elapsed.TotalSeconds, 3),
            Fit = test.Fit(),
            Served = RankingSummary.From(served),
            Chosen = MethodNames.Of(personal),
            ChosenOn = chosenOn,
            BestBaseline = best.Name,
            NdcgLiftOverBestBaseline = lift,
            Headline = Text($"{MethodNames.Of(personal)} served (chosen on {chosenOn}): ndcg@{test.Options.K} {served.Ndcg:F4} ± {served.NdcgStdError:F4}, {lift:F2}× the best baseline ({best.Name} {best.Ndcg:F4})"),
            Candidates = [.. test.Personal.Select(pair => new CandidateFigures(
                MethodNames.Of(pair.Key), RankingSummary.From(pair.Value), Math.Round(pair.Value.NdcgStdError, 5), validation is null ? null : Math.Round(validation.Personal[pair.Key].Ndcg, 5), eligible(pair.Key)))],
            ValidationSplitTime = validation?.Split.SplitTime,
            ValidationCustomers = validation?.Split.TestCustomers.Length ?? 0,
            FactorCollapse = test.Collapse,
            Note = note,
        };
    }

    private static ModelChoice Forced(RecommenderOptions options) =>
        new(options.Personal ?? ModelChoice.Default.Personal, options.AlsoBought ?? ModelChoice.Default.AlsoBought);

    /// <summary>The choice of a run that does not evaluate: the settings' methods, else the defaults.</summary>
    public static ModelChoice Unevaluated(RecommenderOptions options) => Forced(options);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
