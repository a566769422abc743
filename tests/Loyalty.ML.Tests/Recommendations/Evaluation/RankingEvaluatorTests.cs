using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Signals;

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

    [Fact]
    public void Evaluate_SameForEveryoneOrScoredInBatches_SameFiguresAsOneCustomerAtATime()
    {
        var history = RecommenderTestData.History();
        var split = TimeSplit.Create(history, new DateTime(2024, 3, 1));
        var factors = RecommenderTrainer.FitFactors(history, RecommenderTestData.FastAls, TrainingWindow.Before(history, split.SplitTime)).Factors;
        var popularity = PopularityScorer.FromSplit(split);

        var shared = RankingEvaluator.Evaluate(split, popularity, k: 3, threads: 2);
        var one = RankingEvaluator.Evaluate(split, new OneAtATime(popularity), k: 3, threads: 2);

        Assert.NotNull(popularity.SameForEveryone);
        Assert.Equal(one.CustomerNdcg, shared.CustomerNdcg);
        Assert.Equal(one.Coverage, shared.Coverage);
        Assert.Equal(RankingEvaluator.Evaluate(split, new OneAtATime(new FactorScorer(factors)), k: 3).CustomerNdcg, RankingEvaluator.Evaluate(split, new FactorScorer(factors), k: 3).CustomerNdcg);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Evaluate_BlendDerivedFromAlsBatches_BlendAndItsItemKnnSameFiguresAsEachScoredOnItsOwn(int copies)
    {
        var history = RecommenderTestData.History();
        var split = TimeSplit.Create(history, new DateTime(2024, 3, 1));
        var options = new RecommenderOptions { Als = RecommenderTestData.FastAls };
        var (model, inputs, _) = RecommenderTrainer.FitBase(history, options, split.Window, bought: split.TrainCounts);
        var blend = (IFactorPart)PersonalCandidates.Get("blend_als_item_knn").Fit(inputs);

        var reports = RankingEvaluator.Evaluate(split, new ModelScorer(model, AlsCandidate.Part), [.. Enumerable.Repeat(new FactorMix(model, blend), copies)], k: 3, threads: 2);

        var als = RankingEvaluator.Evaluate(split, new ModelScorer(model, AlsCandidate.Part), k: 3, threads: 2);
        var alone = RankingEvaluator.Evaluate(split, new ModelScorer(model, blend), k: 3, threads: 2);
        var itemKnn = RankingEvaluator.Evaluate(split, new ModelScorer(model, PersonalCandidates.Get("item_knn").Fit(inputs)), k: 3, threads: 2);
        Assert.Equal(["als", .. Enumerable.Repeat("blend_als_item_knn", copies), .. Enumerable.Repeat("item_knn", copies)], reports.Select(report => report.Name));
        Assert.Equal(als.CustomerNdcg, reports[0].CustomerNdcg);
        Assert.NotEqual(als.CustomerNdcg, alone.CustomerNdcg);
        Assert.NotEqual(als.CustomerNdcg, itemKnn.CustomerNdcg);
        foreach (var derived in reports.Skip(1).Take(copies))
        {
            Assert.Equal(alone.CustomerNdcg, derived.CustomerNdcg);
            Assert.Equal(alone.Coverage, derived.Coverage);
        }

        // The blend's item-kNN scores, ranked on the way: item_knn's own figures.
        foreach (var side in reports.Skip(1 + copies))
        {
            Assert.Equal(itemKnn.CustomerNdcg, side.CustomerNdcg);
            Assert.Equal(itemKnn.Coverage, side.Coverage);
            Assert.Equal(itemKnn.Ndcg, side.Ndcg);
        }
    }

    [Fact]
    public void ItemKnnScorer_UnsortedNeighbourLists_SameScoresAsSortedOnes()
    {
        var history = RecommenderTestData.History();
        var split = TimeSplit.Create(history, new DateTime(2024, 3, 1));
        var sorted = new ItemKnnScorer(split.TrainCounts, CoOccurrence.Build(split.TrainCounts, CoOccurrenceMeasure.Jaccard, int.MaxValue, threads: 1));
        var unsorted = new ItemKnnScorer(split.TrainCounts, CoOccurrence.Build(split.TrainCounts, CoOccurrenceMeasure.Jaccard, int.MaxValue, threads: 1, sorted: false));
        var (expected, scores) = (new float[split.TrainCounts.Columns], new float[split.TrainCounts.Columns]);

        foreach (var customer in split.TestCustomers)
        {
            sorted.Score(customer, expected);
            unsorted.Score(customer, scores);
            Assert.Equal(expected, scores);
        }
    }

    // Hides a scorer's shared ranking and batch scoring: the plain per-customer path.
    private sealed class OneAtATime(IItemScorer scorer) : IItemScorer
    {
        public string Name => scorer.Name;

        public void Score(int customer, Span<float> scores) => scorer.Score(customer, scores);
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
