using System.Reflection;
using Loyalty.ML.Churn;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Loyalty.ML.Tests.Churn;

public sealed class BoostingThreadsTests
{
    [Fact]
    public async Task Start_Work_RunsOffThePoolThatFastTreeGrowsTreesOn()
    {
        var onPool = await BoostingThreads.Start(() => Thread.CurrentThread.IsThreadPoolThread);

        Assert.False(onPool);
    }

    [Fact]
    public void BuildPipeline_AChurnTrainer_FastTreeSearchesSplitsOnEveryCore()
    {
        ChurnModel.BuildPipeline(new MLContext(seed: 1), new ChurnOptions(), 1_000);

        Assert.Equal(Environment.ProcessorCount, FastTreeThreads());
    }

    // ML.NET says nothing public of the count its split search runs on: its ThreadTaskManager keeps it, once a process.
    private static int FastTreeThreads() =>
        (int)typeof(FastTreeBinaryTrainer).Assembly.GetType("Microsoft.ML.Trainers.FastTree.ThreadTaskManager", throwOnError: true)!
            .GetProperty("NumThreads", BindingFlags.Public | BindingFlags.Static)!
            .GetValue(null)!;

    [Fact]
    public async Task Start_WorkThrowing_TaskEndsWithItsException()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BoostingThreads.Start(() => throw new InvalidOperationException("fit failed")));

        Assert.Equal("fit failed", error.Message);
    }

    [Fact]
    public async Task Start_ManyWaitingAtOnce_EachOnAThreadOfItsOwn()
    {
        using var allStarted = new CountdownEvent(8);

        // Eight works that each wait for all eight to have started: only threads of their own (not a pool of two) let all start.
        var works = Enumerable.Range(0, 8).Select(_ => BoostingThreads.Start(() =>
        {
            allStarted.Signal();
            return allStarted.Wait(TimeSpan.FromSeconds(30));
        })).ToArray();

        Assert.All(await Task.WhenAll(works), Assert.True);
    }
}
