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
    public void Record_QueueFullOrCompleted_DropsTheListInsteadOfQueueingIt()
    {
        using var store = ExposureStore.Open(Path.Combine(_folder, "events.db"));
        var log = new ExposureLog(Microsoft.Extensions.Options.Options.Create(new ExposureOptions { QueueCapacity = 100 }), store, TimeProvider.System);

        var queued = RecordAndTake(log, [], 150);
        log.Complete();
        log.Record("C1", "personal", "v1", [], null, null);

        Assert.Equal(100, queued);
        Assert.False(log.TryTake(out _));
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
