using Loyalty.ML.Recommendations;

namespace Loyalty.ML.Tests.Recommendations.Ranking;

public sealed class MonotoneListTests
{
    [Theory]
    [InlineData("co_occurrence")]
    [InlineData("factors")]
    [InlineData("significant_co_occurrence")]
    [InlineData("category_popularity")]
    public void AlsoBought_EveryItem_ScoresNeverRiseAndFillersSayWhatTheyAre(string method)
    {
        var trained = RecommenderTestData.Recommender();
        var recommender = new ModelRecommender(trained.Model with { AlsoBoughtMethod = method });

        foreach (var item in trained.Model.Items.Ids)
        {
            var list = recommender.AlsoBought(item, 20).Items;
            for (var rank = 1; rank < list.Count; rank++)
            {
                Assert.True(list[rank].Score <= list[rank - 1].Score, $"{method} {item}: {list[rank - 1].Score} then {list[rank].Score}");
                if (list[rank - 1].Reason?.StartsWith("filler:", StringComparison.Ordinal) == true)
                {
                    Assert.StartsWith("filler:", list[rank].Reason, StringComparison.Ordinal);
                }
            }
        }
    }
}
