using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Candidates.AlsoBought;
using Loyalty.ML.Recommendations.Storage;

namespace Loyalty.ML.Tests.Recommendations.Candidates.AlsoBought;

/// <summary>The contract every registered also-bought candidate keeps, run over the registry: a new candidate is tested by registering it.</summary>
public sealed class AlsoBoughtCandidatesTests
{
    public static TheoryData<string> Names => [.. AlsoBoughtCandidates.Names];

    [Fact]
    public void All_Registry_ListsEveryCandidateOnceUnderItsNameAndFileCode()
    {
        Assert.Equal(["co_occurrence", "factors", "significant_co_occurrence", "popularity", "category_popularity", "ease"], AlsoBoughtCandidates.Names);
        Assert.Equal(AlsoBoughtCandidates.Names, MethodNames.AlsoBought);
        Assert.Equal(AlsoBoughtCandidates.All.Count, AlsoBoughtCandidates.All.Select(candidate => candidate.FileCode).Distinct().Count());
    }

    [Fact]
    public void Find_UnknownName_IsNullAndGetNamesTheKnownOnes()
    {
        Assert.Null(AlsoBoughtCandidates.Find("cooccurrence"));
        Assert.Null(AlsoBoughtCandidates.OfFileCode(99));
        Assert.Contains("significant_co_occurrence", Assert.Throws<ArgumentException>(() => AlsoBoughtCandidates.Get("cooccurrence")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Serve_EveryCandidate_ListsNeverHoldTheItemAndReadBackFromTheModelFileTheSame(string name)
    {
        var history = RecommenderTestData.History();
        var options = new RecommenderOptions { Als = RecommenderTestData.FastAls, Ease = new() { Lambda = 5 } };
        var (model, _) = RecommenderTrainer.Fit(history, options, new ModelChoice("als", name), TrainingWindow.Whole(history));
        var path = Path.GetTempFileName();
        try
        {
            RecommenderModelFile.Write(path, model);
            var read = RecommenderModelFile.Read(path);

            Assert.Equal(name, read.AlsoBoughtMethod);
            foreach (var item in model.Items.Ids)
            {
                var served = new ModelRecommender(model).AlsoBought(item, 5).Items;
                Assert.NotEmpty(served);
                Assert.DoesNotContain(served, answer => answer.ItemId == item);
                Assert.Equal(served, new ModelRecommender(read).AlsoBought(item, 5).Items);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Fit_CandidatesWithTheirOwnNeighbours_DifferFromTheOrderCoOccurrence()
    {
        var history = RecommenderTestData.History();
        var options = new RecommenderOptions { Als = RecommenderTestData.FastAls, Ease = new() { Lambda = 5 }, AlsoBoughtMinSupport = 2 };
        var (model, inputs, _) = RecommenderTrainer.FitBase(history, options, TrainingWindow.Whole(history));

        var own = AlsoBoughtCandidates.All.Where(candidate => candidate.Fit(inputs) is not null).Select(candidate => candidate.Name);

        Assert.Equal(["significant_co_occurrence", "ease"], own);
        Assert.NotEqual(model.AlsoBought.Neighbors, AlsoBoughtCandidates.Get("ease").Fit(inputs)!.Neighbors);
    }
}
