using System.Globalization;
using Loyalty.ML.Api.Items;
using Loyalty.ML.Api.Exposures;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Api.Tests.Exposures;

/// <summary>What recording a served list costs the request that served it: no allocation, no lock, a bounded queue.</summary>
public sealed class ExposureLogRecordTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("exposure-log-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Record_OnTheRequestPath_AllocatesNothing()
    {
        using var store = ExposureStore.Open(Path.Combine(_folder, "events.db"));
        var log = new ExposureLog(Microsoft.Extensions.Options.Options.Create(new ExposureOptions()), store, TimeProvider.System);
        var items = Enumerable.Range(0, 10).Select(item => new RecommendedItemView($"I{item:D6}", item + 1, 0.5, null, null, null, null, null, null, null)).ToList();
        RecordAndTake(log, items, 2_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var list = 0; list < 1_000; list++)
        {
            log.Record("C000042", "personal", "v1", items, "home", null);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(1_000, RecordAndTake(log, items, 0));
    }

    [Fact]
    public void Record_ManyMoreListsThanTheQueueHolds_AllocatesNothingAfterTheFirstBatch()
    {
        using var store = ExposureStore.Open(Path.Combine(_folder, "events.db"));
        var log = new ExposureLog(Microsoft.Extensions.Options.Options.Create(new ExposureOptions { QueueCapacity = 5_000 }), store, TimeProvider.System);
        var items = Enumerable.Range(0, 10).Select(item => new RecommendedItemView($"I{item:D6}", item + 1, 0.5, null, null, null, null, null, null, null)).ToList();
        for (var batch = 0; batch < 100; batch++)
        {
            RecordAndTake(log, items, 2_000);
        }

        // 100 batches the writer takes, 200,000 lists: a queue that grows a new segment whenever one fills allocates here.
        var taken = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var batch = 0; batch < 100; batch++)
        {
            taken += RecordAndTake(log, items, 2_000);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(200_000, taken);
    }

    [Fact]
    public void Record_FromManyThreadsAtOnce_EveryListIsTakenOnceUpToTheCapacityAndTheRestDropped()
    {
        using var store = ExposureStore.Open(Path.Combine(_folder, "events.db"));
        var log = new ExposureLog(Microsoft.Extensions.Options.Options.Create(new ExposureOptions { QueueCapacity = 3_000 }), store, TimeProvider.System);

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
        {
            for (var list = 0; list < 1_000; list++)
            {
                log.Record($"C{thread}-{list}", "personal", "v1", [], null, null);
            }
        });

        var customers = new List<string>();
        while (log.TryTake(out var pending))
        {
            customers.Add(pending.CustomerId);
        }

        Assert.Equal(3_000, customers.Count);
        Assert.Equal(3_000, customers.Distinct().Count());
        for (var thread = 0; thread < 4; thread++)
        {
            var own = customers.Where(customer => customer.StartsWith($"C{thread}-", StringComparison.Ordinal)).Select(customer => int.Parse(customer[(customer.IndexOf('-') + 1)..], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(own.Order(), own);
        }
    }

    [Fact]
    public void Record_QueueFullOrCompleted_DropsTheListInsteadOfQueueingItAndCountsIt()
    {
        using var store = ExposureStore.Open(Path.Combine(_folder, "events.db"));
        var log = new ExposureLog(Microsoft.Extensions.Options.Options.Create(new ExposureOptions { QueueCapacity = 100 }), store, TimeProvider.System);
        var dropped = Prometheus.Metrics.CreateCounter("loyalty_exposures_dropped_total", "", "reason").WithLabels(ExposureMetrics.QueueFull);
        var droppedBefore = dropped.Value;

        var queued = RecordAndTake(log, [], 150);
        var queuedAgain = RecordAndTake(log, [], 30);
        log.Complete();
        log.Record("C1", "personal", "v1", [], null, null);

        Assert.Equal(100, queued);
        Assert.Equal(30, queuedAgain);
        Assert.False(log.TryTake(out _));
        Assert.True(dropped.Value - droppedBefore >= 51, $"{dropped.Value - droppedBefore} drops counted");
    }

    [Fact]
    public async Task WaitForList_AListRecordedWhileTheWriterWaits_WakesItLongBeforeItsTimeout()
    {
        using var store = ExposureStore.Open(Path.Combine(_folder, "events.db"));
        var log = new ExposureLog(Microsoft.Extensions.Options.Options.Create(new ExposureOptions()), store, TimeProvider.System);
        using var stopping = new ManualResetEvent(false);
        var waiting = Task.Factory.StartNew(() => log.WaitForList(stopping, TimeSpan.FromSeconds(60)), TaskCreationOptions.LongRunning);

        await Task.Delay(500);
        log.Record("C1", "personal", "v1", [], null, null);
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(log.TryTake(out var pending));
        Assert.Equal("C1", pending.CustomerId);
    }

    [Fact]
    public void WaitForList_AListQueuedAlready_ReturnsFalseWithoutWaiting()
    {
        using var store = ExposureStore.Open(Path.Combine(_folder, "events.db"));
        var log = new ExposureLog(Microsoft.Extensions.Options.Options.Create(new ExposureOptions()), store, TimeProvider.System);
        using var stopping = new ManualResetEvent(false);
        log.Record("C1", "personal", "v1", [], null, null);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var waited = log.WaitForList(stopping, TimeSpan.FromSeconds(60));

        Assert.False(waited);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed} waited");
    }

    [Fact]
    public async Task WaitForList_Stopping_Returns()
    {
        using var store = ExposureStore.Open(Path.Combine(_folder, "events.db"));
        var log = new ExposureLog(Microsoft.Extensions.Options.Options.Create(new ExposureOptions()), store, TimeProvider.System);
        using var stopping = new ManualResetEvent(false);
        var waiting = Task.Factory.StartNew(() => log.WaitForList(stopping, TimeSpan.FromSeconds(60)), TaskCreationOptions.LongRunning);

        await Task.Delay(200);
        stopping.Set();

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    // Records count lists, then takes every queued one; returns how many were taken.
    private static int RecordAndTake(ExposureLog log, IReadOnlyList<RecommendedItemView> items, int count)
    {
        for (var list = 0; list < count; list++)
        {
            log.Record("C000042", "personal", "v1", items, "home", null);
        }

        var taken = 0;
        while (log.TryTake(out _))
        {
            taken++;
        }

        return taken;
    }
}
