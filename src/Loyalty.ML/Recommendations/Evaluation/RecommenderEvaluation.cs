using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// The recommender's offline evaluation on one time split: ALS against the popularity and item-kNN baselines on
/// personal top-K, and also-bought (co-occurrence, factors, popularity) on the test orders. Every method is fitted on
/// the lines before the split only; ALS, also-bought and popularity are the model <see cref="RecommenderTrainer.Fit"/>
/// publishes, fitted on the window before the split, so the figures are those of the lists served.
/// </summary>
internal sealed record RecommenderEvaluation(
    TimeSplit Split,
    TrainingWindow Window,
    RecommenderOptions Options,
    RecommenderModel Model,
    RankingReport Als,
    RankingReport Popularity,
    RankingReport ItemKnn,
    IReadOnlyDictionary<AlsoBoughtMethod, double> AlsoBought,
    double AlsoBoughtPopularity,
    int AlsoBoughtOrders,
    AlsTrainingStats Stats)
{
    /// <summary>The also-bought source with the higher hit rate (co-occurrence on a tie).</summary>
    public AlsoBoughtMethod BestAlsoBought => AlsoBought[AlsoBoughtMethod.Factors] > AlsoBought[AlsoBoughtMethod.CoOccurrence]
        ? AlsoBoughtMethod.Factors
        : AlsoBoughtMethod.CoOccurrence;

    /// <summary>Fits everything on the split's training side and evaluates on its test side.</summary>
    public static RecommenderEvaluation Run(PurchaseHistory history, TimeSplit split, RecommenderOptions options, Action<int>? iterationDone = null)
    {
        var threads = options.Als.Threads;
        var window = TrainingWindow.Before(history, split.SplitTime);
        var (model, stats) = RecommenderTrainer.Fit(history, options, AlsoBoughtMethod.CoOccurrence, window, iterationDone);
        var factors = model.Factors;
        var als = RankingEvaluator.Evaluate(split, new FactorScorer(factors), options.K, threads);
        var popularity = RankingEvaluator.Evaluate(split, PopularityScorer.FromSplit(split), options.K, threads);
        var itemKnn = RankingEvaluator.Evaluate(split, ItemKnnScorer.FromSplit(split, threads), options.K, threads);
        var neighbors = model.AlsoBought;
        var similarity = new ItemSimilarity(factors);
        var recent = model.Popularity;
        var alsoBought = new Dictionary<AlsoBoughtMethod, double>();
        var orders = 0;
        foreach (var method in (AlsoBoughtMethod[])[AlsoBoughtMethod.CoOccurrence, AlsoBoughtMethod.Factors])
        {
            var ranker = new AlsoBoughtRanker(neighbors, similarity, recent, method);
            (alsoBought[method], orders, _) = AlsoBoughtEvaluator.HitRate(history, split, item => ranker.Top(item, options.K));
        }

        var popular = new AlsoBoughtRanker(neighbors, similarity, recent, AlsoBoughtMethod.CoOccurrence);
        var alsoBoughtPopularity = AlsoBoughtEvaluator.HitRate(history, split, item => popular.Popular(options.K, other => other != item)).HitRate;
        return new RecommenderEvaluation(split, window, options, model, als, popularity, itemKnn, alsoBought, alsoBoughtPopularity, orders, stats);
    }

    /// <summary>The <c>recommendations</c> section of metrics.json.</summary>
    public RecommenderMetrics Metrics() => new()
    {
        Als = RankingSummary.From(Als),
        SplitTime = Split.SplitTime,
        EligibleTestCustomers = Split.EligibleTestCustomers,
        NdcgLiftOverItemKnn = Math.Round(Als.Ndcg / Math.Max(ItemKnn.Ndcg, 1e-12), 4),
        Popularity = RankingSummary.From(Popularity),
        ItemKnn = RankingSummary.From(ItemKnn),
        AlsFitSeconds = Math.Round(Stats.Elapsed.TotalSeconds, 3),
        Fit = Fit(),
    };

    /// <summary>The <c>also_bought</c> section of metrics.json.</summary>
    public AlsoBoughtMetrics AlsoBoughtMetrics(int k) => new(
        k,
        BestAlsoBought,
        Math.Round(AlsoBought[AlsoBoughtMethod.CoOccurrence], 5),
        Math.Round(AlsoBought[AlsoBoughtMethod.Factors], 5),
        Math.Round(AlsoBoughtPopularity, 5),
        AlsoBoughtOrders);

    private RecommenderFit Fit()
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
