using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Candidates.AlsoBought;
using Loyalty.ML.Recommendations.Evaluation.Metrics;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Selection;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// The recommender's offline evaluation on one split (a time split or the last-basket hold-out): every personal
/// candidate (<see cref="PersonalCandidates"/>) against the popularity and item-kNN baselines on personal top-K, and
/// every also-bought candidate on the held-out orders. One base fit on the split's window and its one interaction
/// matrix serve every candidate, fitted through the code that trains the published model and scored through the
/// code serving ranks with, so the figures are those of the lists served.
/// </summary>
internal sealed record RecommenderEvaluation(
    EvaluationSplit Split,
    RecommenderOptions Options,
    RecommenderModel? Model,
    IReadOnlyDictionary<string, RankingReport> Personal,
    RankingReport? Popularity,
    RankingReport? ItemKnn,
    IReadOnlyDictionary<string, AlsoBoughtScore> AlsoBoughtScores,
    AlsTrainingStats Stats,
    FactorCollapse Collapse)
{
    /// <summary>How the ALS fit was warm-started, in words; null for a cold fit (every fit but a test split's, see <see cref="RecommenderSelection"/>).</summary>
    public string? WarmStarted { get; init; }

    /// <summary>
    /// The evaluation without its fitted model and its split's data (<see cref="EvaluationSplit.Released"/>): what a
    /// selection keeps, so one split's model and matrices are alive at a time.
    /// </summary>
    public RecommenderEvaluation Figures() => this with { Model = null, Split = Split.Released() };

    // Scored before the factors are fitted (see Run), its figures handed to ScorePersonal.
    private static readonly IPersonalCandidate EaseFirst = PersonalCandidates.Get("ease");

    /// <summary>ALS's figures.</summary>
    public RankingReport Als => Personal["als"];

    /// <summary>The fit's window.</summary>
    public TrainingWindow Window => Split.Window;

    /// <summary>Every also-bought candidate's hit rate (empty when they were left out).</summary>
    public IReadOnlyDictionary<string, double> AlsoBought => AlsoBoughtScores.ToDictionary(pair => pair.Key, pair => pair.Value.HitRate);

    /// <summary>The popularity list's also-bought hit rate: the baseline.</summary>
    public double AlsoBoughtPopularity => AlsoBought["popularity"];

    /// <summary>
    /// Fits everything on the split's window and evaluates every candidate on its held-out side; with
    /// <paramref name="personalOnly"/> the also-bought candidates are left out (<see cref="AlsoBought"/> is empty): a
    /// split that only adds evidence to the personal choice does not need them. Without <paramref name="baselines"/>
    /// the popularity and item-kNN baselines are not scored (<see cref="Popularity"/> and <see cref="ItemKnn"/> are
    /// null): metrics.json reports them on the deciding test split only, and the candidates do not read them. In the
    /// order that keeps the stage's peak low: EASE (fitted, scored over the split's counts and its weights forgotten),
    /// the item-kNN baseline, then the base model and every other candidate.
    /// </summary>
    public static RecommenderEvaluation Run(PurchaseHistory history, EvaluationSplit split, RecommenderOptions options, Action<int>? iterationDone = null, bool personalOnly = false, WarmStart? warm = null, bool baselines = true)
    {
        var threads = options.Als.Threads;
        ItemNeighbors? best = null; // the item-kNN candidate's lists, taken from the baseline's when it is scored (before they are read)
        Func<ItemNeighbors> candidateNeighbors = () => best ?? ItemKnnScorer.CandidateNeighbors(split, options.ItemKnnNeighbors, threads);
        Func<RankingReport>? itemKnn = baselines ? () =>
        {
            (var baseline, best) = ItemKnnBaseline(split, options);
            return baseline;
        }
        : null;
        var asked = personalOnly ? new bool[split.TrainCounts.Columns] : AlsoBoughtEvaluator.Asked(split);
        var inputs = RecommenderTrainer.Inputs(history, options, split.Window, split.TrainCounts, candidateNeighbors, asked, personalOnly ? [] : AlsoBoughtCandidates.All);
        return Run(split, inputs, itemKnn, iterationDone, personalOnly, warm);
    }

    /// <summary>
    /// <see cref="Run(PurchaseHistory, EvaluationSplit, RecommenderOptions, Action{int}?, bool, WarmStart?, bool)"/>
    /// on the candidates' <paramref name="inputs"/>, the item-kNN baseline scored by <paramref name="itemKnn"/> when
    /// given (the popularity baseline is scored with it).
    /// </summary>
    internal static RecommenderEvaluation Run(EvaluationSplit split, CandidateInputs inputs, Func<RankingReport>? itemKnn, Action<int>? iterationDone = null, bool personalOnly = false, WarmStart? warm = null)
    {
        var (history, options, threads, baselines) = (inputs.History, inputs.Options, inputs.Options.Als.Threads, itemKnn is not null);
        var candidates = personalOnly ? [] : AlsoBoughtCandidates.All;

        // EASE first, on the split's counts alone, its weights forgotten before the item-kNN baseline's lists, the base
        // model and the item-kNN candidate's lists are built: the dense item × item matrix is the stage's largest, laid
        // on the least. The baseline's lists, the next largest, are gone before the factors are fitted.
        var ease = ScoreEase(split, inputs, personalOnly);
        TrainingMemory.Release();
        var itemKnnReport = itemKnn?.Invoke();
        if (baselines)
        {
            TrainingMemory.Release();
        }

        var (model, stats) = RecommenderTrainer.FitBaseOn(inputs, iterationDone, warm);
        var personal = ScorePersonal(split, model, inputs, options, ease);

        var popularity = baselines ? RankingEvaluator.Evaluate(split, PopularityScorer.FromSplit(split), options.K, threads) : null;
        var similarity = new ItemSimilarity(model.Factors);
        // Every candidate scored over the same batches, so the factor dots co-occurrence's fillers and factor neighbours read are computed once.
        var rankers = candidates.Select(candidate => new AlsoBoughtRanker(candidate.Fit(inputs) is { } own ? model with { AlsoBought = own } : model, similarity, candidate)).ToList();
        var scores = rankers.Count == 0 ? [] : AlsoBoughtEvaluator.HitRates(split, rankers.Count, items => AlsoBoughtRanker.TopMany(rankers, items, options.K), threads);
        var alsoBought = candidates.Zip(scores).ToDictionary(pair => pair.First.Name, pair => pair.Second, StringComparer.Ordinal);

        return new RecommenderEvaluation(split, options, model, personal, popularity, itemKnnReport, alsoBought, stats, FactorCollapse.Measure(model.Factors)) { WarmStarted = warm?.Described };
    }

    /// <summary>
    /// EASE's figures on <paramref name="split"/>, scored over its counts alone (<see cref="BoughtOnly"/>), its weights
    /// forgotten after (its also-bought lists built first unless <paramref name="personalOnly"/>). In a frame of its
    /// own, so no temporary of the caller's keeps the fitted part, and with it the weights, alive.
    /// </summary>
    private static RankingReport ScoreEase(EvaluationSplit split, CandidateInputs inputs, bool personalOnly)
    {
        var ease = Score(split, BoughtOnly(inputs, split), EaseFirst.Fit(inputs), inputs.Options);
        inputs.ForgetEaseWeights(keepLists: !personalOnly);
        return ease;
    }

    /// <summary>
    /// The model EASE is scored over before the base model exists: its histories are the items each customer bought in
    /// the split's window (the split's counts, the items <see cref="CustomerHistory.ItemsOf"/> lists, sorted), its
    /// popularity the base model's; no factors, no days, prices or lists, which EASE does not read.
    /// </summary>
    private static RecommenderModel BoughtOnly(CandidateInputs inputs, EvaluationSplit split)
    {
        var bought = split.TrainCounts;
        var noFactors = new AlsFactors(inputs.History.Customers.Count, inputs.History.Items.Count, 0, [], []);
        return RecommenderTrainer.Model(inputs, noFactors, new CustomerHistory(bought.Offsets, bought.Indices, [], [], [], []), ItemNeighbors.Pack([]));
    }

    /// <summary>
    /// The item-kNN baseline's figures and the item-kNN candidate's neighbours taken from the baseline's lists (each
    /// item's best, the same lists a build of the candidate's own gives): one co-occurrence pass for both, its larger
    /// lists dropped once the baseline is scored. Unscored, the candidate's lists are built alone, when first read:
    /// the baseline's (thousands per item) would be its largest transient for nothing.
    /// </summary>
    private static (RankingReport Baseline, ItemNeighbors Candidate) ItemKnnBaseline(EvaluationSplit split, RecommenderOptions options)
    {
        var threads = options.Als.Threads;
        var (lists, candidate) = ItemKnnScorer.Neighbors(split, options.ItemKnnNeighbors, threads);
        return (RankingEvaluator.Evaluate(split, new ItemKnnScorer(split.TrainCounts, lists), options.K, threads), candidate);
    }

    /// <summary>
    /// Every personal candidate's figures, in their registered order, EASE's (<paramref name="ease"/>) scored before.
    /// ALS and the parts mixing ALS's dots with a list of their own (the blend) are ranked from the same batches, so
    /// the dots are computed once for them all, and item_knn from the blend's item-kNN scores of the same pass (the
    /// same bits as each part's own scores).
    /// </summary>
    private static Dictionary<string, RankingReport> ScorePersonal(EvaluationSplit split, RecommenderModel model, CandidateInputs inputs, RecommenderOptions options, RankingReport ease)
    {
        var mixes = PersonalCandidates.All
            .Where(candidate => candidate.UsesFactors && candidate.Name != AlsCandidate.Part.Name)
            .Select(candidate => candidate.Fit(inputs))
            .OfType<IFactorPart>()
            .Select(part => new FactorMix(model, part))
            .ToList();
        var onFactors = RankingEvaluator.Evaluate(split, new ModelScorer(model, AlsCandidate.Part), mixes, options.K, options.Als.Threads)
            .ToDictionary(report => report.Name, StringComparer.Ordinal);
        return PersonalCandidates.All.ToDictionary(
            candidate => candidate.Name,
            candidate => candidate == EaseFirst ? ease : onFactors.TryGetValue(candidate.Name, out var report) ? report : Score(split, model, candidate.Fit(inputs), options));
    }

    /// <summary>One fitted candidate's figures on <paramref name="split"/>, over the base model of the split's fit.</summary>
    public static RankingReport Score(EvaluationSplit split, RecommenderModel model, IPersonalPart part, RecommenderOptions options) =>
        RankingEvaluator.Evaluate(split, new ModelScorer(model, part), options.K, options.Als.Threads);

    /// <summary>The <c>fit</c> of the <c>recommendations</c> section: window, origin and settings.</summary>
    public RecommenderFit Fit()
    {
        var als = Options.Als;
        return new RecommenderFit(
            Window.End.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            Window.Origin.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            als.Factors,
            als.Regularization,
            als.Alpha,
            als.Confidence.ToString(),
            als.Epsilon,
            als.Iterations,
            als.CgSteps,
            als.Seed,
            als.RecencyHalfLifeDays,
            Options.PopularityHalfLifeDays,
            Options.AlsoBoughtMeasure.ToString(),
            Options.AlsoBoughtNeighbors,
            Split.HeldOut)
        {
            WarmStart = WarmStarted,
        };
    }
}
