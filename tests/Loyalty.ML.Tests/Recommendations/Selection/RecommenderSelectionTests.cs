using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Selection;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Tests.Recommendations.Selection;

public sealed class RecommenderSelectionTests
{
    [Fact]
    public void Run_SparseSampleWherePopularityBeatsAls_PublishesACandidateNotBelowTheBestBaselineAndSaysSo()
    {
        var history = SampleDataGenerator.GenerateHistory(SampleDataOptions.Sparse).History;
        var options = new RecommenderOptions { Als = new AlsOptions { Factors = 32, Iterations = 8 } };

        var selection = RecommenderSelection.Run(history, options);

        var metrics = selection.Recommendations;
        var als = metrics.Candidates.Single(candidate => candidate.Name == "als").Test.Ndcg;
        var popularity = metrics.Candidates.Single(candidate => candidate.Name == "popularity").Test.Ndcg;
        Assert.True(popularity > als, $"popularity {popularity} vs ALS {als}: the sparse sample no longer has the shape this test needs");
        Assert.NotEqual("als", selection.Choice.Personal);
        Assert.Equal(selection.Choice.Personal, metrics.Chosen);
        Assert.Contains($"personal lists: {metrics.Chosen}", selection.Summary, StringComparison.Ordinal);
        Assert.True(metrics.Served!.Ndcg + (2 * metrics.Candidates.Single(candidate => candidate.Name == metrics.Chosen).NdcgStdError) >= metrics.Popularity!.Ndcg, $"served {metrics.Served.Ndcg} below popularity {metrics.Popularity.Ndcg}");
        Assert.Contains($"the best baseline ({metrics.BestBaseline}", metrics.Headline, StringComparison.Ordinal);
        Assert.True(selection.AlsoBought!.HitRate >= selection.AlsoBought.Popularity, $"also-bought {selection.AlsoBought.Method} {selection.AlsoBought.HitRate} below popularity {selection.AlsoBought.Popularity}");
    }

    [Fact]
    public void Run_DenseBurstyHistoryWithFewTimeSplitCustomers_DecidesOnTheLastBasketAndServesThePersonalCandidateClearlyAbovePopularity()
    {
        var history = SampleDataGenerator.GenerateHistory(SampleDataOptions.Dense).History;

        var selection = RecommenderSelection.Run(history, new RecommenderOptions { Als = new AlsOptions { Factors = 32, Iterations = 8 } });

        var metrics = selection.Recommendations;
        Assert.Equal("last_basket", metrics.Protocol);
        Assert.True(metrics.TimeSplitTestCustomers < RecommenderSelection.SmallSplitCustomers, $"{metrics.TimeSplitTestCustomers} time-split test customers: the dense sample no longer has the shape this test needs");
        Assert.True(metrics.ChoiceCustomers >= CandidateChoice.ClearCustomers, $"chosen on {metrics.ChoiceCustomers} customers");
        var served = metrics.Candidates.Single(candidate => candidate.Name == metrics.Chosen).LastBasket!.Ndcg;
        var popularity = metrics.Candidates.Single(candidate => candidate.Name == "popularity").LastBasket!.Ndcg;
        Assert.True(served >= CandidateChoice.ClearRatio * popularity, $"{metrics.Chosen} {served} vs popularity {popularity}");
        Assert.Contains("last_basket", metrics.Headline, StringComparison.Ordinal);
        Assert.NotNull(metrics.ChoiceStatement);
    }

    [Theory]
    [InlineData("dense")]
    [InlineData("sparse")]
    public void Run_AnyShape_FitsTheOtherProtocolOnlyWhenTheDecidingSplitCannotTellAndSaysWhich(string shape)
    {
        var history = SampleDataGenerator.GenerateHistory(shape == "dense" ? SampleDataOptions.Dense : SampleDataOptions.Sparse).History;

        var metrics = RecommenderSelection.Run(history, new RecommenderOptions { Als = new AlsOptions { Factors = 16, Iterations = 6 } }).Recommendations;

        var choice = metrics.Choice!;
        var decidedAlone = choice.Comparison.Distinguishable || (choice.Pooled is null && !choice.Reason.Contains("clearly", StringComparison.Ordinal)) || ClearOnTheDecidingSplit(metrics);
        var other = metrics.Protocol == "time_split" ? "last_basket" : "time_split";
        var parts = metrics.Evaluated!.Split("; ");
        Assert.StartsWith($"{metrics.Protocol}: ", parts[0], StringComparison.Ordinal);
        Assert.StartsWith(decidedAlone ? $"{other}: not fitted" : $"{other}: its ", parts[1], StringComparison.Ordinal);
        var otherChoiceFigures = metrics.Candidates.Count(candidate => (other == "last_basket" ? candidate.LastBasketValidationNdcg ?? candidate.LastBasket?.Ndcg : candidate.ValidationNdcg) is not null);
        Assert.Equal(decidedAlone ? 0 : metrics.Candidates.Count, otherChoiceFigures);
    }

    [Fact]
    public void Run_SplitsCountedSideBySide_ReportsEachSplitsCustomersAsItsOwnBuildCountsThem()
    {
        var history = SampleDataGenerator.GenerateHistory(SampleDataOptions.Dense).History;
        var options = new RecommenderOptions { Als = new AlsOptions { Factors = 8, Iterations = 4 } };
        var splitTime = TimeSplit.DefaultSplitTime(history, options.TestDays);

        var metrics = RecommenderSelection.Run(history, options).Recommendations;

        int Counted(EvaluationSplit split, int fewest) => split.TestCustomers.Length >= fewest ? split.TestCustomers.Length : 0;
        Assert.Equal(Counted(TimeSplit.Create(history, splitTime), 1), metrics.TimeSplitTestCustomers);
        Assert.Equal(Counted(TimeSplit.Create(history, splitTime.AddDays(-options.TestDays), testUntil: splitTime), RecommenderSelection.MinValidationCustomers), metrics.TimeSplitValidationCustomers);
        Assert.Equal(Counted(LastBasketSplit.Create(history), 1), metrics.LastBasketTestCustomers);
        Assert.Equal(Counted(LastBasketSplit.Create(history, splitTime), RecommenderSelection.MinValidationCustomers), metrics.LastBasketValidationCustomers);
        Assert.NotEqual(metrics.LastBasketTestCustomers, metrics.LastBasketValidationCustomers);
    }

    // Rule 1 on the deciding split: the leader there has 1.3× every other eligible candidate on 500+ customers.
    private static bool ClearOnTheDecidingSplit(Loyalty.ML.Recommendations.Evaluation.Metrics.RecommenderMetrics metrics)
    {
        var figures = metrics.Candidates.Where(candidate => candidate.Eligible)
            .Select(candidate => metrics.Protocol == "last_basket" ? candidate.LastBasketValidationNdcg ?? candidate.LastBasket!.Ndcg : candidate.ValidationNdcg ?? candidate.Test.Ndcg)
            .OrderDescending().ToList();
        return metrics.ChoiceCustomers >= CandidateChoice.ClearCustomers && figures[0] >= CandidateChoice.ClearRatio * figures[1] && figures[0] > 0;
    }

    [Fact]
    public void Run_SettingsNameAMethod_ServesItWhateverTheEvaluationSays()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 400, Items = 80, Lines = 12_000 }).History;
        var options = new RecommenderOptions { Als = new AlsOptions { Factors = 8, Iterations = 5 }, Personal = "item_knn", AlsoBought = "category_popularity" };

        var selection = RecommenderSelection.Run(history, options);

        Assert.Equal(new ModelChoice("item_knn", "category_popularity"), selection.Choice);
        Assert.Equal("settings", selection.Recommendations.ChosenOn);
        Assert.Equal(MethodNames.Personal.Count, selection.Recommendations.Candidates.Count);
    }

    [Theory]
    [InlineData("ease", "significant_co_occurrence", true)]
    [InlineData("item_knn", "category_popularity", true)]
    [InlineData("als", "significant_co_occurrence", false)]
    [InlineData("ease", "factors", false)]
    [InlineData("ease", "co_occurrence", false)]
    public void Run_ServedMethodsUseNoFactors_WarmStartsTheTestSplitsFitAndSaysSo(string personal, string alsoBought, bool warm)
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 400, Items = 80, Lines = 12_000 }).History;
        var options = new RecommenderOptions { Als = new AlsOptions { Factors = 8, Iterations = 6 }, Personal = personal, AlsoBought = alsoBought };

        var metrics = RecommenderSelection.Run(history, options).Recommendations;

        var fit = metrics.Fit!;
        Assert.True(metrics.ValidationCustomers > 0, "the sample no longer has a choice split");
        Assert.Equal(6, fit.Iterations);
        if (warm)
        {
            Assert.Contains("2 iterations instead of 6", fit.WarmStart, StringComparison.Ordinal);
            Assert.Contains($"{personal} and {alsoBought}, served, read no ALS factors", fit.WarmStart, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(fit.WarmStart);
        }
    }
}
