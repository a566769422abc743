using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Evaluation;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class RankingEvaluatorTests
{
    [Fact]
    public void Evaluate_TwoTasteShop_AlsBeatsPopularityAndItemsBoughtBeforeAreNeverCounted()
    {
        var history = RecommenderTestData.History();
        var split = TimeSplit.Create(history, new DateTime(2024, 3, 1));
        var factors = RecommenderTrainer.FitFactors(history, RecommenderTestData.FastAls, TrainingWindow.Before(history, split.SplitTime)).Factors;

        var als = RankingEvaluator.Evaluate(split, new FactorScorer(factors), k: 3);
        var popularity = RankingEvaluator.Evaluate(split, PopularityScorer.FromSplit(split), k: 3);
        var knn = RankingEvaluator.Evaluate(split, ItemKnnScorer.FromSplit(split, threads: 1), k: 3);

        Assert.True(split.TestCustomers.Length > 5);
        Assert.True(als.Ndcg > popularity.Ndcg, $"als {als.Ndcg} vs popularity {popularity.Ndcg}");
        Assert.InRange(knn.Ndcg, popularity.Ndcg, 1);
        Assert.InRange(als.Coverage, 0.01, 1);
    }

    [Fact]
    public void Evaluate_ScorerPreferringBoughtItems_StillRanksOnlyUnboughtItems()
    {
        var history = RecommenderTestData.History();
        var split = TimeSplit.Create(history, new DateTime(2024, 3, 1));

        var report = RankingEvaluator.Evaluate(split, new BoughtFirstScorer(split), k: 10);

        // With bought items excluded, every remaining known item fits in the top 10, so every relevant item is found.
        Assert.Equal(1, report.Recall, 9);
    }

    private sealed class BoughtFirstScorer(EvaluationSplit split) : IItemScorer
    {
        public string Name => "bought-first";

        public void Score(int customer, Span<float> scores)
        {
            scores.Fill(0);
            foreach (var item in split.TrainCounts.RowIndices(customer))
            {
                scores[item] = 100;
            }
        }
    }
}
