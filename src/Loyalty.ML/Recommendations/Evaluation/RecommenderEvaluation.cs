using System.Text.Json.Nodes;
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
    public JsonObject RecommendationsJson()
    {
        var section = Als.ToJson();
        section["split_time"] = Split.SplitTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        section["eligible_test_customers"] = Split.EligibleTestCustomers;
        section["ndcg_lift_over_item_knn"] = Math.Round(Als.Ndcg / Math.Max(ItemKnn.Ndcg, 1e-12), 4);
        section["baselines"] = new JsonObject { ["popularity"] = Popularity.ToJson(), ["item_knn"] = ItemKnn.ToJson() };
        section["als_fit_seconds"] = Math.Round(Stats.Elapsed.TotalSeconds, 3);
        section["fit"] = FitJson();
        return section;
    }

    /// <summary>
    /// The fit the figures measure: its window, the time recency is aged from, and every setting that changes the
    /// lists (not the thread count, which does not). A model trained on the lines before <c>trained_before</c>
    /// with these settings serves exactly the lists evaluated.
    /// </summary>
    private JsonObject FitJson()
    {
        var als = Options.Als;
        return new JsonObject
        {
            ["trained_before"] = Window.End.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["decay_origin"] = Window.Origin.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["factors"] = als.Factors,
            ["regularization"] = als.Regularization,
            ["alpha"] = als.Alpha,
            ["confidence"] = als.Confidence.ToString(),
            ["epsilon"] = als.Epsilon,
            ["iterations"] = als.Iterations,
            ["cg_steps"] = als.CgSteps,
            ["seed"] = als.Seed,
            ["recency_half_life_days"] = als.RecencyHalfLifeDays,
            ["popularity_half_life_days"] = Options.PopularityHalfLifeDays,
            ["also_bought_measure"] = Options.AlsoBoughtMeasure.ToString(),
            ["also_bought_neighbors"] = Options.AlsoBoughtNeighbors,
        };
    }

    /// <summary>The <c>also_bought</c> section of metrics.json.</summary>
    public JsonObject AlsoBoughtJson(int k)
    {
        var key = $"hit_rate_at_{k}";
        return new JsonObject
        {
            [key] = Math.Round(AlsoBought[BestAlsoBought], 5),
            ["method"] = BestAlsoBought == AlsoBoughtMethod.Factors ? "factors" : "co_occurrence",
            ["co_occurrence"] = new JsonObject { [key] = Math.Round(AlsoBought[AlsoBoughtMethod.CoOccurrence], 5) },
            ["factors"] = new JsonObject { [key] = Math.Round(AlsoBought[AlsoBoughtMethod.Factors], 5) },
            ["baselines"] = new JsonObject { ["popularity"] = new JsonObject { [key] = Math.Round(AlsoBoughtPopularity, 5) } },
            ["test_orders"] = AlsoBoughtOrders,
        };
    }
}
