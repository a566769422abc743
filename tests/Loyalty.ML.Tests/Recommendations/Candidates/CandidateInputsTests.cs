using Loyalty.ML.Recommendations.Als;
using System.Runtime.CompilerServices;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Candidates.AlsoBought;
using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Tests.Recommendations.Candidates;

/// <summary>
/// What the candidates of one fit share: an evaluation forgets EASE's weights once they are read (the also-bought EASE
/// lists stay those of the weights, and the weights go); the window's popularity is counted once per half-life.
/// </summary>
public sealed class CandidateInputsTests
{
    [Fact]
    public void ForgetEaseWeights_AfterThePersonalScores_KeepsTheWeightsListsAndLetsTheWeightsGo()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 200, Items = 60, Lines = 4_000 }).History;
        var options = new RecommenderOptions { Als = new() { Factors = 4, Iterations = 2, Threads = 1 } };
        var asked = Enumerable.Range(0, history.Items.Count).Select(item => item % 3 != 0).ToArray();
        var (_, inputs, _) = RecommenderTrainer.FitBase(history, options, TrainingWindow.Whole(history), alsoBoughtAsked: asked);
        var (weights, expected) = ReadWeights(inputs, options.AlsoBoughtNeighbors, asked);

        inputs.ForgetEaseWeights();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(weights.IsAlive, "EASE's weights are still reachable");
        var kept = Assert.IsType<ItemNeighbors>(AlsoBoughtCandidates.Get("ease").Fit(inputs));
        Assert.Equal(expected.Offsets, kept.Offsets);
        Assert.Equal(expected.Neighbors, kept.Neighbors);
        Assert.Equal(expected.Scores, kept.Scores);
        Assert.Contains(Enumerable.Range(0, expected.ItemCount), item => expected.Of(item).Length > 0);
    }

    [Fact]
    public void OrderNeighbors_BaseAndSignificantCountedTogether_SameListsAsEachBuiltAlone()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 200, Items = 60, Lines = 4_000 }).History;
        var options = new RecommenderOptions { Als = new() { Factors = 4, Iterations = 2, Threads = 2 } };
        var asked = Enumerable.Range(0, history.Items.Count).Select(item => item % 4 != 0).ToArray();
        var significant = AlsoBoughtCandidates.Get("significant_co_occurrence");
        var (model, inputs, _) = RecommenderTrainer.FitBase(history, options, TrainingWindow.Whole(history), alsoBoughtAsked: asked, alsoBought: AlsoBoughtCandidates.All);
        var orders = InteractionMatrix.OrderItems(history, TrainingWindow.Whole(history));

        var shrunk = Assert.IsType<ItemNeighbors>(significant.Fit(inputs));

        Assert.Equal([new CoOccurrenceScoring(CoOccurrenceMeasure.Shrunk, options.AlsoBoughtMinSupport, options.AlsoBoughtShrinkage)], inputs.OrderScorings);
        var conditional = CoOccurrence.Build(orders, options.AlsoBoughtMeasure, options.AlsoBoughtNeighbors, threads: 1, asked: asked);
        var shrunkAlone = CoOccurrence.Build(orders, CoOccurrenceMeasure.Shrunk, options.AlsoBoughtNeighbors, threads: 1, options.AlsoBoughtMinSupport, options.AlsoBoughtShrinkage, asked: asked);
        foreach (var (expected, actual) in new[] { (conditional, model.AlsoBought), (shrunkAlone, shrunk) })
        {
            Assert.Equal(expected.Offsets, actual.Offsets);
            Assert.Equal(expected.Neighbors, actual.Neighbors);
            Assert.Equal(expected.Scores, actual.Scores);
        }

        Assert.NotEqual(conditional.Offsets, shrunkAlone.Offsets);
        Assert.Same(shrunk, significant.Fit(inputs));
    }

    [Fact]
    public void Popularity_SharedByTheBaseModelAndThePopularityCandidate_RecountedWhenTheHalfLifeChanges()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 200, Items = 60, Lines = 4_000 }).History;
        var options = new RecommenderOptions { Als = new() { Factors = 4, Iterations = 2, Threads = 1 } };
        var window = TrainingWindow.Whole(history);
        var (model, inputs, _) = RecommenderTrainer.FitBase(history, options, window);
        var shorter = options with { PopularityHalfLifeDays = options.PopularityHalfLifeDays / 4 };

        var candidate = PersonalCandidates.Get("popularity");
        var recounted = inputs.With(shorter).Popularity;

        Assert.Equal(Popularity.TimeDecayed(history, window, options.PopularityHalfLifeDays), model.Popularity);
        Assert.Same(model.Popularity, candidate.Fit(inputs).Popularity);
        Assert.Same(model.Popularity, inputs.With(options with { BlendWeight = options.BlendWeight / 2 }).Popularity);
        Assert.Equal(Popularity.TimeDecayed(history, window, shorter.PopularityHalfLifeDays), recounted);
        Assert.NotEqual(model.Popularity, recounted);
    }

    // Out of line, so no local of the test holds the weights once it returns.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Weights, ItemNeighbors Lists) ReadWeights(CandidateInputs inputs, int count, bool[] asked)
    {
        var weights = inputs.EaseWeights;
        return (new WeakReference(weights), weights.Neighbors(count, asked));
    }
}
