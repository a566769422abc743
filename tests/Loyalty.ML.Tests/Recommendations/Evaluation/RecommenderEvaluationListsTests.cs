using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Candidates.AlsoBought;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

/// <summary>
/// The evaluation builds neighbour lists only for the items it reads (item-kNN: the test customers' items; also-bought:
/// the scored test orders' items); every figure is the one lists of every item give.
/// </summary>
public sealed class RecommenderEvaluationListsTests
{
    [Fact]
    public void Run_ListsOfTheItemsItReadsOnly_SameFiguresAsListsOfEveryItem()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 300, Items = 400, Lines = 6_000 }).History;
        var split = TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history));
        var options = new RecommenderOptions { Als = new AlsOptions { Iterations = 3, Threads = 2 } };

        var evaluation = RecommenderEvaluation.Run(history, split, options);

        var everyItem = CoOccurrence.Build(split.TrainCounts, CoOccurrenceMeasure.Jaccard, ItemKnnScorer.NeighborsPerItem(split.TrainCounts.Columns, options.ItemKnnNeighbors), threads: 1);
        var read = ItemKnnScorer.Scored(split);
        Assert.Contains(Enumerable.Range(0, everyItem.ItemCount), item => everyItem.Of(item).Length > 0 && !read[item]);
        AssertSameFigures(RankingEvaluator.Evaluate(split, new ItemKnnScorer(split.TrainCounts, everyItem), options.K, threads: 1), evaluation.ItemKnn!);

        var (model, inputs, _) = RecommenderTrainer.FitBase(history, options, split.Window, bought: split.TrainCounts);
        foreach (var name in new[] { "item_knn", "blend_als_item_knn" })
        {
            var own = RecommenderEvaluation.Score(split, model, PersonalCandidates.Get(name).Fit(inputs), options);
            AssertSameFigures(own, evaluation.Personal[name]);
        }

        var similarity = new ItemSimilarity(model.Factors);
        foreach (var candidate in AlsoBoughtCandidates.All)
        {
            var served = candidate.Fit(inputs) is { } lists ? model with { AlsoBought = lists } : model;
            var ranker = new AlsoBoughtRanker(served, similarity, candidate);
            var own = AlsoBoughtEvaluator.HitRate(split, items => ranker.TopMany(items, options.K), threads: 1);
            Assert.Equal(own, evaluation.AlsoBoughtScores[candidate.Name]);
        }
    }

    [Fact]
    public void Run_WithoutBaselines_ItemKnnCandidatesOnTheirOwnListsScoreAsOnTheBaselinesBest()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 300, Items = 400, Lines = 6_000 }).History;
        var split = TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history));
        var options = new RecommenderOptions { Als = new AlsOptions { Iterations = 3, Threads = 2 }, ItemKnnNeighbors = 8 };

        var unscored = RecommenderEvaluation.Run(history, split, options, personalOnly: true, baselines: false);

        var fromBaseline = ItemKnnScorer.Neighbors(split, options.ItemKnnNeighbors, threads: 2).Candidate;
        var own = ItemKnnScorer.CandidateNeighbors(split, options.ItemKnnNeighbors, threads: 2);
        var baselines = CoOccurrence.Build(split.TrainCounts, CoOccurrenceMeasure.Jaccard, ItemKnnScorer.NeighborsPerItem(split.TrainCounts.Columns, options.ItemKnnNeighbors), threads: 1, sorted: false, asked: ItemKnnScorer.Scored(split));
        Assert.Contains(Enumerable.Range(0, fromBaseline.ItemCount), item => baselines.Of(item).Length > options.ItemKnnNeighbors);
        Assert.Equal(ItemNeighbors.Pack(CoOccurrence.BestOfEach(baselines.Unpacked(), options.ItemKnnNeighbors)).Neighbors, fromBaseline.Neighbors);
        Assert.Equal(fromBaseline.Offsets, own.Offsets);
        Assert.Equal(fromBaseline.Neighbors, own.Neighbors);
        Assert.Equal(fromBaseline.Scores, own.Scores);
        var (model, inputs, _) = RecommenderTrainer.FitBase(history, options, split.Window, bought: split.TrainCounts, itemKnn: fromBaseline);
        foreach (var name in new[] { "item_knn", "blend_als_item_knn" })
        {
            AssertSameFigures(RecommenderEvaluation.Score(split, model, PersonalCandidates.Get(name).Fit(inputs), options), unscored.Personal[name]);
        }
    }

    private static void AssertSameFigures(RankingReport expected, RankingReport actual)
    {
        Assert.Equal((expected.Ndcg, expected.Recall, expected.HitRate, expected.Map, expected.Coverage), (actual.Ndcg, actual.Recall, actual.HitRate, actual.Map, actual.Coverage));
        Assert.Equal(expected.CustomerNdcg, actual.CustomerNdcg);
    }
}
