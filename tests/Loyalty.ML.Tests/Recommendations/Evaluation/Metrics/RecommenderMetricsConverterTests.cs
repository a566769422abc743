using System.Text.Json;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Evaluation.Metrics;
using Loyalty.ML.Recommendations.Selection;

namespace Loyalty.ML.Tests.Recommendations.Evaluation.Metrics;

public sealed class RecommenderMetricsConverterTests
{
    private static readonly RankingSummary Als = new(10, 0.19401, 0.2, 0.45, 0.1, 0.6, 1200);

    [Fact]
    public void Read_WrittenSection_RoundTripsWhatTheReportShows()
    {
        var written = new RecommenderMetrics
        {
            Als = Als,
            SplitTime = new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc),
            EligibleTestCustomers = 1200,
            Popularity = Als with { Ndcg = 0.1 },
            ItemKnn = Als with { Ndcg = 0.16 },
            Served = Als,
            Chosen = "als",
            ChosenOn = "validation",
            BestBaseline = "baselines.item_knn",
            NdcgLiftOverBestBaseline = 1.21,
            Headline = "als served",
            Candidates = [new CandidateFigures("als", Als, 0.0062, 0.2, true), new CandidateFigures("item_knn", Als with { Ndcg = 0.16 }, 0.005, null, false)],
        };

        var read = JsonSerializer.Deserialize(JsonSerializer.Serialize(written, MetricsJsonContext.Strict.RecommenderMetrics), MetricsJsonContext.Strict.RecommenderMetrics)!;

        Assert.Equal(written.Als, read.Als);
        Assert.Equal(written.SplitTime, read.SplitTime);
        Assert.Equal(written.ItemKnn, read.ItemKnn);
        Assert.Equal(written.Popularity, read.Popularity);
        Assert.Equal(written.Served, read.Served);
        Assert.Equal(("als", "validation", "baselines.item_knn", 1.21, "als served"), (read.Chosen, read.ChosenOn, read.BestBaseline, read.NdcgLiftOverBestBaseline, read.Headline));
        Assert.Equal(written.Candidates, read.Candidates);
    }

    [Fact]
    public void Write_FactorCollapse_KeepsTheShapeMetricsJsonHasAlwaysHeld()
    {
        var written = new RecommenderMetrics { Als = Als, Served = Als, Chosen = "als", ChosenOn = "validation", FactorCollapse = new FactorCollapse(0.625, 4000) };

        var section = JsonSerializer.SerializeToNode(written, MetricsJsonContext.Bundle.RecommenderMetrics)!["factor_collapse"]!;

        Assert.Equal("""{"near_identical_share":0.625,"pairs":4000,"collapsed":true}""", section.ToJsonString());
    }

    [Fact]
    public void Read_OtherProtocolFittedOnlyOnItsChoiceSplit_RoundTripsItsValidationFigureAndWhatWasEvaluated()
    {
        var written = new RecommenderMetrics
        {
            Als = Als,
            Served = Als,
            Chosen = "als",
            Protocol = "time_split",
            ProtocolReason = "both windows large",
            Evaluated = "time_split: choice and test splits, every candidate; last_basket: its choice split, personal candidates only",
            Candidates = [new CandidateFigures("als", Als, 0.0062, 0.2, true) { LastBasketValidationNdcg = 0.17 }, new CandidateFigures("ease", Als, 0.005, 0.21, true)],
        };

        var read = JsonSerializer.Deserialize(JsonSerializer.Serialize(written, MetricsJsonContext.Strict.RecommenderMetrics), MetricsJsonContext.Strict.RecommenderMetrics)!;

        Assert.Equal(written.Evaluated, read.Evaluated);
        Assert.Equal(written.Candidates, read.Candidates);
        Assert.Null(read.Candidates[0].LastBasket);
        Assert.Equal(0.17, read.Candidates[0].LastBasketValidationNdcg);
    }

    [Fact]
    public void Read_NotEvaluatedSection_KeepsTheReason()
    {
        var json = JsonSerializer.Serialize(RecommenderMetrics.NotEvaluated("too few customers"), MetricsJsonContext.Strict.RecommenderMetrics);

        var read = JsonSerializer.Deserialize(json, MetricsJsonContext.Strict.RecommenderMetrics)!;

        Assert.Null(read.Als);
        Assert.Equal("too few customers", read.NotEvaluatedReason);
    }

    [Fact]
    public void Read_AlsoBoughtSection_RoundTripsMethodAndCandidates()
    {
        var written = new AlsoBoughtMetrics(10, "significant_co_occurrence", 0.3, 0.2, 0.1, 5000)
        {
            ChosenOn = "validation",
            Candidates = [new AlsoBoughtCandidate("co_occurrence", 0.3, 0.31, true), new AlsoBoughtCandidate("significant_co_occurrence", 0.32, 0.33, true)],
        };

        var read = JsonSerializer.Deserialize(JsonSerializer.Serialize(written, MetricsJsonContext.Strict.AlsoBoughtMetrics), MetricsJsonContext.Strict.AlsoBoughtMetrics)!;

        Assert.Equal(written with { }, read with { Candidates = written.Candidates });
        Assert.Equal(written.Candidates, read.Candidates);
        Assert.Equal(0.32, read.HitRate);
    }

    [Fact]
    public void Read_AlsoBoughtScoredOnASampleOfOrders_RoundTripsTheCountsAndStdErrorAndSaysSoInTheHeadline()
    {
        var written = new AlsoBoughtMetrics(10, "co_occurrence", 0.3, 0.2, 0.1, 8000)
        {
            ChosenOn = "validation",
            EligibleTestOrders = 25917,
            HitRateStdError = 0.0042,
            Candidates = [new AlsoBoughtCandidate("co_occurrence", 0.3, 0.31, true)],
        };

        var json = JsonSerializer.Serialize(written, MetricsJsonContext.Strict.AlsoBoughtMetrics);
        var read = JsonSerializer.Deserialize(json, MetricsJsonContext.Strict.AlsoBoughtMetrics)!;

        Assert.Contains("\"test_orders_eligible\": 25917", json);
        Assert.Equal((25917, 0.0042), (read.EligibleTestOrders, read.HitRateStdError));
        Assert.Contains("hit rate@10 0.3000 ± 0.0042 on a seeded sample of 8,000 of 25,917 test orders", read.Headline);
    }
}
