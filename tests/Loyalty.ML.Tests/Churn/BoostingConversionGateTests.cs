using System.Runtime.CompilerServices;
using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;
using Microsoft.ML;

namespace Loyalty.ML.Tests.Churn;

/// <summary>Two churn fits side by side: the second converts its examples while the first is still fitting.</summary>
public sealed class BoostingConversionGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    // FastTree converts a row view in memory and a column view (ChurnModel.Fit's) by column, on another channel.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_FirstFitPastItsConversion_SecondFitRunsBesideIt(bool byColumn)
    {
        using var firstFitted = new ManualResetEventSlim();
        using var secondDone = new ManualResetEventSlim();
        var firstContext = new MLContext(seed: 1);
        var first = Task.Run(() => BoostingConversionGate.Run(firstContext, () =>
        {
            Fit(firstContext, byColumn);
            firstFitted.Set();
            return secondDone.Wait(Patience); // still inside the first fit: the second must not wait for it
        }));
        Assert.True(firstFitted.Wait(Patience), "the first fit did not finish");

        var secondContext = new MLContext(seed: 2);
        var second = Task.Run(() => BoostingConversionGate.Run(secondContext, () => Fit(secondContext, byColumn)));
        var secondFinished = await Task.WhenAny(second, Task.Delay(Patience)) == second;
        secondDone.Set();

        Assert.True(secondFinished, "the second fit waited for the whole first fit, not only its conversion");
        Assert.True(await first);
    }

    [Fact]
    public async Task Run_FitThrows_TheNextFitStillRuns()
    {
        Assert.Throws<InvalidOperationException>(() => BoostingConversionGate.Run<int>(new MLContext(seed: 1), () => throw new InvalidOperationException("fit failed")));

        var next = Task.Run(() => BoostingConversionGate.Run(new MLContext(seed: 1), () => 1));
        Assert.True(await Task.WhenAny(next, Task.Delay(Patience)) == next, "a failed fit kept the gate closed");
        Assert.Equal(1, await next);
    }

    [Fact]
    public void Run_EarlierWorkLeftALargeDeadArray_FreedBeforeTheFitConverts()
    {
        var earlierWork = DeadLargeArray();

        var freedBeforeFit = BoostingConversionGate.Run(new MLContext(seed: 1), () => !earlierWork.IsAlive);

        Assert.True(freedBeforeFit, "the fit's conversion would be laid on top of the dead array");
    }

    // Large arrays are freed only by full collections, which a process with little garbage may not start for long.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference DeadLargeArray() => new(new byte[32 << 20]);

    // The FastTree fit ChurnModel.Fit makes, on examples where churn follows the first feature.
    private static bool Fit(MLContext ml, bool byColumn)
    {
        const int rows = 2_000;
        var random = new Random(1);
        var features = new float[rows * ChurnSnapshot.FeatureCount];
        var labels = new bool[rows];
        for (var row = 0; row < rows; row++)
        {
            for (var feature = 0; feature < ChurnSnapshot.FeatureCount; feature++)
            {
                features[row * ChurnSnapshot.FeatureCount + feature] = random.NextSingle();
            }

            labels[row] = features[row * ChurnSnapshot.FeatureCount] > 0.5f;
        }

        var options = new ChurnOptions { NumberOfTrees = 10 };
        var examples = byColumn ? ColumnwiseExamplesView.Create(ml, features, labels, minimumPerLeaf: rows / 50, out _) : new ExampleRowsView(features, labels);
        var model = ChurnModel.BuildPipeline(ml, options, rows).Fit(examples);
        return model.Model is not null;
    }
}
