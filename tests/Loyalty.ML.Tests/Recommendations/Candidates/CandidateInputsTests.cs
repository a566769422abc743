using System.Runtime.CompilerServices;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Candidates.AlsoBought;
using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Tests.Recommendations.Candidates;

/// <summary>An evaluation forgets EASE's weights once they are read: the also-bought EASE lists stay those of the weights, and the weights go.</summary>
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

    // Out of line, so no local of the test holds the weights once it returns.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Weights, ItemNeighbors Lists) ReadWeights(CandidateInputs inputs, int count, bool[] asked)
    {
        var weights = inputs.EaseWeights;
        return (new WeakReference(weights), weights.Neighbors(count, asked));
    }
}
