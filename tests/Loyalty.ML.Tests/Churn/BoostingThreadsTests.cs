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
    public async Task Fit_CalledFromAThreadOfItsOwn_RunsOnAPoolThread()
    {
        // FastTree queues each split's work with Task.Run and waits for it at once. Only a pool thread may run such a
        // task itself; any other thread waits for a pool thread to be scheduled, a time slice per split on a busy machine.
        var onPool = await BoostingThreads.Start(() => BoostingThreads.Fit(() => Thread.CurrentThread.IsThreadPoolThread));

        Assert.True(onPool, "the fit ran off the pool, where the tasks it queues wait for another thread");
    }

    [Fact]
    public async Task Fit_FourAtOnce_TwoOnThePoolAtATime()
    {
        using var release = new ManualResetEventSlim();
        using var entered = new SemaphoreSlim(0);
        var inside = 0;
        var most = 0;
        var fits = Enumerable.Range(0, 4).Select(_ => BoostingThreads.Start(() => BoostingThreads.Fit(() =>
        {
            var now = Interlocked.Increment(ref inside);
            lock (release)
            {
                most = Math.Max(most, now);
            }

            entered.Release();
            release.Wait(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref inside);
            return now;
        }))).ToArray();

        Assert.True(await entered.WaitAsync(TimeSpan.FromSeconds(30)) && await entered.WaitAsync(TimeSpan.FromSeconds(30)), "two fits did not start");
        await Task.Delay(200); // a third fit let in would be inside by now
        release.Set();
        await Task.WhenAll(fits);

        Assert.Equal(2, most);
    }

    [Fact]
    public async Task Fit_Throws_TheExceptionReachesTheCallerAndTheSlotIsFreed()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BoostingThreads.Start(() => BoostingThreads.Fit<int>(() => throw new InvalidOperationException("fit failed"))));
            Assert.Equal("fit failed", error.Message);
        }

        Assert.Equal(1, await BoostingThreads.Start(() => BoostingThreads.Fit(() => 1)));
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
