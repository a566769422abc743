using Loyalty.ML.Recommendations;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class ImplicitAlsTests
{
    [Fact]
    public void Fit_SameSeedAndThreads_GivesIdenticalFactors()
    {
        var history = RecommenderTestData.History();
        var options = RecommenderTestData.FastAls with { Threads = 2 };

        var first = RecommenderTrainer.FitFactors(history, options, TrainingWindow.Whole(history)).Factors;
        var second = RecommenderTrainer.FitFactors(history, options, TrainingWindow.Whole(history)).Factors;

        Assert.Equal(first.Customers, second.Customers);
        Assert.Equal(first.Items, second.Items);
    }

    [Fact]
    public void Fit_OneOrTwoThreads_GivesIdenticalFactors()
    {
        var history = RecommenderTestData.History();

        var single = RecommenderTrainer.FitFactors(history, RecommenderTestData.FastAls with { Threads = 1 }, TrainingWindow.Whole(history)).Factors;
        var parallel = RecommenderTrainer.FitFactors(history, RecommenderTestData.FastAls with { Threads = 2 }, TrainingWindow.Whole(history)).Factors;

        Assert.Equal(single.Items, parallel.Items);
    }

    [Fact]
    public void Fit_DifferentSeed_GivesDifferentFactors()
    {
        var history = RecommenderTestData.History();

        var first = RecommenderTrainer.FitFactors(history, RecommenderTestData.FastAls, TrainingWindow.Whole(history)).Factors;
        var second = RecommenderTrainer.FitFactors(history, RecommenderTestData.FastAls with { Seed = 99 }, TrainingWindow.Whole(history)).Factors;

        Assert.NotEqual(first.Items, second.Items);
    }

    [Fact]
    public void Fit_TwoTastes_ScoresOwnTasteAboveTheOther()
    {
        var history = RecommenderTestData.History();
        var (factors, stats) = RecommenderTrainer.FitFactors(history, RecommenderTestData.FastAls, TrainingWindow.Whole(history));
        history.Customers.TryGetIndex("c0", out var kitchenCustomer);
        history.Items.TryGetIndex("K3", out var kitchen);
        history.Items.TryGetIndex("G3", out var garden);

        var own = Dot(factors.Customer(kitchenCustomer), factors.Item(kitchen));
        var other = Dot(factors.Customer(kitchenCustomer), factors.Item(garden));

        Assert.True(own > other + 0.2f, $"kitchen {own} vs garden {other}");
        Assert.True(stats.FloatingPointOperations > 0);
    }

    [Fact]
    public void Validate_SettingsOutOfRange_NamesEveryOne()
    {
        var options = RecommenderTestData.FastAls with { Factors = 0, Alpha = -1, RecencyHalfLifeDays = -2 };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(3, options.Problems().Count);
        Assert.Contains("factors must be at least 1, not 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("alpha must be above 0, not -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("half-life must be at least 0 days, not -2", error.Message, StringComparison.Ordinal);
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);
}
