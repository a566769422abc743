using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Answers;
using Loyalty.ML.Recommendations.Candidates.AlsoBought;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Tests.Recommendations.Ranking;

public sealed class AlsoBoughtRankerTests
{
    public static TheoryData<string> Candidates => [.. AlsoBoughtCandidates.Names];

    [Theory]
    [MemberData(nameof(Candidates))]
    public void TopMany_EveryCandidate_SameListsAsOneItemAtATime(string candidate)
    {
        var history = RecommenderTestData.History();
        var options = new RecommenderOptions { Als = RecommenderTestData.FastAls, Ease = new() { Lambda = 5 } };
        var (model, _) = RecommenderTrainer.Fit(history, options, new ModelChoice("als", candidate), TrainingWindow.Whole(history));
        var ranker = new AlsoBoughtRanker(model, new ItemSimilarity(model.Factors), AlsoBoughtCandidates.Get(candidate));
        var items = Enumerable.Range(0, model.Items.Count).Reverse().ToArray();

        var lists = ranker.TopMany(items, 4);

        Assert.Equal(items.Select(item => ranker.Top(item, 4)), lists);
    }

    [Fact]
    public void TopMany_CoOccurrenceListsShortAndFull_SameListsAsOneItemAtATime()
    {
        var history = RecommenderTestData.History();
        var options = new RecommenderOptions { Als = RecommenderTestData.FastAls };
        var (model, _) = RecommenderTrainer.Fit(history, options, new ModelChoice("als", "co_occurrence"), TrainingWindow.Whole(history));
        var ranker = new AlsoBoughtRanker(model, new ItemSimilarity(model.Factors), AlsoBoughtCandidates.Get("co_occurrence"));
        var items = Enumerable.Range(0, model.Items.Count).ToArray();
        var lengths = items.Select(item => model.AlsoBought.Of(item).Length).Order().ToArray();
        var count = lengths[lengths.Length / 2];

        var lists = ranker.TopMany(items, count);

        Assert.Contains(lengths, length => length < count);
        Assert.Contains(lengths, length => length >= count);
        Assert.Equal(items.Select(item => ranker.Top(item, count)), lists);
    }

    [Fact]
    public void TopMany_EveryCandidateTogether_SameListsAsEachRankerAlone()
    {
        var history = RecommenderTestData.History();
        var options = new RecommenderOptions { Als = RecommenderTestData.FastAls, Ease = new() { Lambda = 5 } };
        var (model, _) = RecommenderTrainer.Fit(history, options, new ModelChoice("als", "co_occurrence"), TrainingWindow.Whole(history));
        var similarity = new ItemSimilarity(model.Factors);
        var rankers = AlsoBoughtCandidates.All.Select(candidate => new AlsoBoughtRanker(model, similarity, candidate)).ToList();
        var items = Enumerable.Range(0, model.Items.Count).Reverse().ToArray();
        var count = items.Select(item => model.AlsoBought.Of(item).Length).Order().ElementAt(items.Length / 2);

        var together = AlsoBoughtRanker.TopMany(rankers, items, count);

        Assert.Contains(items, item => rankers[0].Candidate.ScansFactors(rankers[0], item, count));
        Assert.Contains(items, item => !rankers[0].Candidate.ScansFactors(rankers[0], item, count));
        Assert.Equal(rankers.Select(ranker => ranker.TopMany(items, count)), together);
    }

    [Fact]
    public void SameCategory_EveryItemAndLength_TheCategorysMostPopularItemsLetThroughTiesByIndex()
    {
        var history = RecommenderTestData.History();
        var (fitted, _) = RecommenderTrainer.Fit(history, new RecommenderOptions { Als = RecommenderTestData.FastAls }, new ModelChoice("als", "co_occurrence"), TrainingWindow.Whole(history));
        var categories = fitted.ItemCategory.ToArray();
        categories[0] = -1;
        var popularity = fitted.Popularity.ToArray();
        (popularity[2], popularity[4]) = (popularity[6], popularity[6]);
        var model = fitted with { ItemCategory = categories, Popularity = popularity };
        var ranker = new AlsoBoughtRanker(model, new ItemSimilarity(model.Factors));
        var items = Enumerable.Range(0, model.Items.Count).ToArray();
        bool Accept(int other) => other % 5 != 1;

        foreach (var item in items)
        {
            foreach (var count in new[] { 0, 2, 20 })
            {
                var expected = items.Where(other => categories[item] >= 0 && categories[other] == categories[item] && Accept(other))
                    .OrderByDescending(other => popularity[other]).ThenBy(other => other).Take(count)
                    .Select(other => new RankedItem(other, popularity[other], AnswerSource.Popular));
                Assert.Equal(expected, ranker.SameCategory(item, count, Accept));
            }
        }

        Assert.Empty(ranker.SameCategory(0, 20, _ => true));
        Assert.Equal(2, categories.Where(category => category >= 0).Distinct().Count());
    }

    [Fact]
    public void TopMany_RankersOfTwoSimilarities_Refused()
    {
        var history = RecommenderTestData.History();
        var (model, _) = RecommenderTrainer.Fit(history, new RecommenderOptions { Als = RecommenderTestData.FastAls }, new ModelChoice("als", "co_occurrence"), TrainingWindow.Whole(history));
        var rankers = new[] { new AlsoBoughtRanker(model, new ItemSimilarity(model.Factors)), new AlsoBoughtRanker(model, new ItemSimilarity(model.Factors)) };

        Assert.Throws<ArgumentException>(() => AlsoBoughtRanker.TopMany(rankers, [0, 1], 4));
    }
}
