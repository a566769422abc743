using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Candidates;

namespace Loyalty.ML.Tests.Recommendations.Candidates;

/// <summary>The contract every registered candidate keeps, run over the registry: a new candidate is tested by registering it.</summary>
public sealed class PersonalCandidatesTests
{
    [Fact]
    public void All_Registry_ListsEveryCandidateOnceUnderItsName()
    {
        Assert.Equal(["als", "item_knn", "popularity", "blend_als_item_knn", "popularity_all_time", "ease"], PersonalCandidates.Names);
        Assert.Equal(PersonalCandidates.Names, MethodNames.Personal);
    }

    [Fact]
    public void Find_UnknownName_IsNullAndGetNamesTheKnownOnes()
    {
        Assert.Null(PersonalCandidates.Find("alss"));
        Assert.Contains("ease", Assert.Throws<ArgumentException>(() => PersonalCandidates.Get("alss")).Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Names => [.. PersonalCandidates.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Fit_EveryCandidate_ScoresEveryItemFiniteAndReadsBackFromItsSectionScoringTheSame(string name)
    {
        var history = RecommenderTestData.History();
        var options = new RecommenderOptions { Als = RecommenderTestData.FastAls, Ease = new() { Lambda = 5 } };
        var (model, inputs, _) = RecommenderTrainer.FitBase(history, options, TrainingWindow.Whole(history));
        var part = PersonalCandidates.Get(name).Fit(inputs);
        var scores = new float[model.Items.Count];
        part.Score(model, 0, scores);

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            part.Write(writer);
        }

        stream.Position = 0;
        var read = PersonalCandidates.Get(name).Read(new BinaryReader(stream), model.Items.Count);
        var again = new float[model.Items.Count];
        read.Score(model, 0, again);

        Assert.Equal(name, part.Name);
        Assert.All(scores, score => Assert.True(float.IsFinite(score)));
        Assert.Equal(scores, again);
        Assert.Equal(stream.Length, stream.Position);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Recommend_CustomerWithARecentPurchase_LeavesItOutAndPersonalCandidatesChangeTheList(string name)
    {
        var history = RecommenderTestData.History();
        var options = new RecommenderOptions { Als = RecommenderTestData.FastAls, Ease = new() { Lambda = 5 } };
        var (model, _) = RecommenderTrainer.Fit(history, options, new ModelChoice(name, AlsoBoughtMethod.CoOccurrence), TrainingWindow.Whole(history));
        var recommender = new AlsRecommender(model);
        var query = new Loyalty.ML.Recommendations.Answers.RecommendationQuery(5);
        var before = recommender.Recommend("c0", query).Items.Select(item => item.ItemId).ToList();

        var bought = new Loyalty.ML.Data.Events.PurchaseEvent("e1", "c0", "G1", 1, 1, new DateTimeOffset(RecommenderTestData.AsOf, TimeSpan.Zero), "o-new");
        var after = recommender.Recommend("c0", [bought], query).Items.Select(item => item.ItemId).ToList();

        Assert.DoesNotContain("G1", after);
        if (model.Personal.Popularity is null)
        {
            Assert.NotEqual(before, after);
        }
    }
}
