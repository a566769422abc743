using Loyalty.ML.Data;
using Loyalty.ML.SampleData;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class RecommenderEvaluationTests
{
    [Fact]
    public void Run_OnlineRetailWithDefaults_MeetsTheQualityBarAgainstBothBaselines()
    {
        var history = PurchaseHistoryLoader.Load(
            new DataSources(RepositoryPaths.OnlineRetail, Mapping: RepositoryPaths.OnlineRetailMapping),
            LoadOptions.Default).History;
        var split = TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history));

        var evaluation = RecommenderEvaluation.Run(history, split, new RecommenderOptions());

        Assert.InRange(evaluation.Popularity!.Ndcg, 0.02, 0.05);
        Assert.InRange(evaluation.ItemKnn!.Ndcg, 0.06, 0.09);
        Assert.True(evaluation.Als.Ndcg >= 0.095, $"ndcg@10 {evaluation.Als.Ndcg:F4}");
        Assert.True(evaluation.Als.Ndcg >= 1.15 * evaluation.ItemKnn!.Ndcg, $"ndcg@10 {evaluation.Als.Ndcg:F4} vs item-kNN {evaluation.ItemKnn!.Ndcg:F4}");
        Assert.True(evaluation.AlsoBought.Values.Max() > evaluation.AlsoBoughtPopularity);
    }

    [Fact]
    public void Figures_ScoredEvaluation_KeepsTheFiguresButNeitherTheModelNorTheSplitsMatrices()
    {
        var (figures, counts, orders) = ScoredFigures();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Null(figures.Model);
        Assert.True(figures.Split.IsReleased);
        Assert.False(counts.IsAlive, "the split's interaction matrix is still held by the figures");
        Assert.False(orders.IsAlive, "the split's held-out orders are still held by the figures");
        Assert.True(figures.Als.Ndcg > 0);
        Assert.True(figures.Split.TestCustomers.Length > 0);
    }

    // In a method of its own so that no local of the caller holds the evaluation or its split.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (RecommenderEvaluation Figures, WeakReference Counts, WeakReference Orders) ScoredFigures()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 300, Items = 60, Lines = 6_000 }).History;
        var split = TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history));
        var evaluation = RecommenderEvaluation.Run(history, split, new RecommenderOptions { Als = new AlsOptions { Iterations = 2 } }, personalOnly: true);
        return (evaluation.Figures(), new WeakReference(split.TrainCounts), new WeakReference(split.TestOrders));
    }

    [Fact]
    public void Run_DefaultSampleWithDefaults_MeetsTheQualityBarAgainstItsOwnBaselines()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions()).History;
        var split = TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history));

        var evaluation = RecommenderEvaluation.Run(history, split, new RecommenderOptions());

        // Measured: popularity 0.103, item-kNN 0.160, ALS 0.194 (the same at 1 and 2 threads).
        Assert.InRange(evaluation.Popularity!.Ndcg, 0.09, 0.12);
        Assert.InRange(evaluation.ItemKnn!.Ndcg, 0.14, 0.18);
        Assert.InRange(evaluation.Als.Ndcg, 0.18, 0.21);
        Assert.True(evaluation.Als.Ndcg >= 1.15 * evaluation.ItemKnn!.Ndcg, $"ndcg@10 {evaluation.Als.Ndcg:F4} vs item-kNN {evaluation.ItemKnn!.Ndcg:F4}");
    }

    [Fact]
    public void Run_WithoutBaselines_LeavesThemOutAndScoresEveryCandidateTheSame()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 300, Items = 60, Lines = 6_000 }).History;
        var split = TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history));
        var options = new RecommenderOptions { Als = new AlsOptions { Iterations = 3, Threads = 2 } };

        var with = RecommenderEvaluation.Run(history, split, options, personalOnly: true);
        var without = RecommenderEvaluation.Run(history, split, options, personalOnly: true, baselines: false);

        Assert.NotNull(with.ItemKnn);
        Assert.NotNull(with.Popularity);
        Assert.Null(without.ItemKnn);
        Assert.Null(without.Popularity);
        Assert.Equal(with.Personal.Keys, without.Personal.Keys);
        foreach (var (name, report) in with.Personal)
        {
            Assert.Equal(report.CustomerNdcg, without.Personal[name].CustomerNdcg);
        }
    }

    [Fact]
    public void Metrics_Run_NamesTheWindowAndSettingsOfTheFitItMeasured()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 300, Items = 60, Lines = 6_000 }).History;
        var split = TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history));
        var options = new RecommenderOptions { Als = new AlsOptions { Factors = 8, Alpha = 2.5f, Threads = 1 } };

        var fit = RecommenderEvaluation.Run(history, split, options).Fit();

        var lastBefore = Enumerable.Range(0, history.Purchases.Count).Select(line => history.Purchases.Time[line]).Where(time => time < split.SplitTime).Max();
        Assert.Equal(split.SplitTime, DateTime.Parse(fit.TrainedBefore, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(lastBefore, DateTime.Parse(fit.DecayOrigin, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(8, fit.Factors);
        Assert.Equal(2.5f, fit.Alpha);
    }

    [Fact]
    public void Metrics_LastBasketRun_NamesTheEndOfTheHistoryAndTheHeldOutBaskets()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 300, Items = 60, Lines = 6_000 }).History;
        var split = LastBasketSplit.Create(history);
        var options = new RecommenderOptions { Als = new AlsOptions { Factors = 8, Threads = 1 } };

        var fit = RecommenderEvaluation.Run(history, split, options).Fit();

        Assert.Equal(history.LastTime.AddTicks(1), DateTime.Parse(fit.TrainedBefore, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind));
        Assert.StartsWith("each customer's last basket before the end when they have two or more (", fit.HeldOut, StringComparison.Ordinal);
        Assert.Null(RecommenderEvaluation.Run(history, TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history)), options).Fit().HeldOut);
    }
}
