using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Evaluation.Metrics;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Selection;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// The recommender's offline evaluation on one time split: every personal candidate (<see cref="PersonalMethod"/>)
/// against the popularity and item-kNN baselines on personal top-K, and every also-bought candidate on the test
/// orders. Every method is fitted on the lines before the split only, through <see cref="RecommenderTrainer.Fit"/>,
/// and scored through the code serving ranks with, so the figures are those of the lists served.
/// </summary>
internal sealed record RecommenderEvaluation(
    TimeSplit Split,
    TrainingWindow Window,
    RecommenderOptions Options,
    RecommenderModel Model,
    IReadOnlyDictionary<PersonalMethod, RankingReport> Personal,
    RankingReport Popularity,
    RankingReport ItemKnn,
    IReadOnlyDictionary<AlsoBoughtMethod, double> AlsoBought,
    int AlsoBoughtOrders,
    AlsTrainingStats Stats,
    FactorCollapse Collapse)
{
    /// <summary>ALS's figures.</summary>
    public RankingReport Als => Personal[PersonalMethod.Als];

    /// <summary>The popularity list's also-bought hit rate: the baseline.</summary>
    public double AlsoBoughtPopularity => AlsoBought[AlsoBoughtMethod.Popularity];

    /// <summary>The also-bought candidate with the highest hit rate (the earlier in <see cref="AlsoBoughtMethod"/> on a tie).</summary>
    public AlsoBoughtMethod BestAlsoBought => AlsoBought.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).First().Key;

    /// <summary>Fits everything on the split's training side and evaluates every candidate on its test side.</summary>
    public static RecommenderEvaluation Run(PurchaseHistory history, TimeSplit split, RecommenderOptions options, Action<int>? iterationDone = null)
    {
        var threads = options.Als.Threads;
        var window = TrainingWindow.Before(history, split.SplitTime);
        var (model, stats) = RecommenderTrainer.Fit(history, options, ModelChoice.Default, window, iterationDone, everyCandidate: true);
        var allTime = model with { Popularity = Signals.Popularity.CustomerCounts(history, window) };
        var personal = Enum.GetValues<PersonalMethod>().ToDictionary(
            method => method,
            method => RankingEvaluator.Evaluate(split, new ModelScorer(method == PersonalMethod.PopularityAllTime ? allTime : model, method), options.K, threads));
        var popularity = RankingEvaluator.Evaluate(split, PopularityScorer.FromSplit(split), options.K, threads);
        var itemKnn = RankingEvaluator.Evaluate(split, ItemKnnScorer.FromSplit(split, threads), options.K, threads);
        var significant = RecommenderTrainer.FitAlsoBought(history, options, window, AlsoBoughtMethod.SignificantCoOccurrence);
        var similarity = new ItemSimilarity(model.Factors);
        var alsoBought = new Dictionary<AlsoBoughtMethod, double>();
        var orders = 0;
        foreach (var method in Enum.GetValues<AlsoBoughtMethod>())
        {
            var served = method == AlsoBoughtMethod.SignificantCoOccurrence ? model with { AlsoBought = significant } : model;
            var ranker = new AlsoBoughtRanker(served, similarity, method);
            (alsoBought[method], orders, _) = AlsoBoughtEvaluator.HitRate(history, split, item => ranker.Top(item, options.K));
        }

        return new RecommenderEvaluation(split, window, options, model, personal, popularity, itemKnn, alsoBought, orders, stats, FactorCollapse.Measure(model.Factors));
    }

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
            Options.AlsoBoughtNeighbors);
    }
}
