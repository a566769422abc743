using Loyalty.ML.Api.Exposures;
using Loyalty.ML.Api.Items;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Loyalty.ML.Api.Tests.Exposures;

/// <summary>Where the exposure writer does its work (on a thread of its own, never holding a thread pool worker the requests need) and what garbage it leaves (none a list).</summary>
public sealed class ExposureWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("exposure-writer-").FullName;
    private readonly List<IDisposable> _opened = [];

    public void Dispose()
    {
        // The writer before the store it writes to.
        foreach (var opened in Enumerable.Reverse(_opened))
        {
            opened.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Writer_ListsQueued_AreStoredAndPublishedOnItsOwnThreadNotAPoolWorker()
    {
        var stream = new ThreadRecordingExposureStream();
        var (store, log, writer) = Open(new ExposureOptions { FlushInterval = TimeSpan.FromMilliseconds(10) }, stream);
        IReadOnlyList<RecommendedItemView> items = [new RecommendedItemView("I000001", 1, 0.5, null, null, null, null, null, null, null)];

        await writer.StartAsync(CancellationToken.None);
        log.Record("C1", "personal", "v1", items, null, null);
        await stream.Written.Task.WaitAsync(TimeSpan.FromSeconds(30));
        log.Record("C2", "personal", "v1", items, null, null);
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(2, store.Count());
        Assert.Equal(2, stream.Lists);
        Assert.All(stream.Threads(), thread => Assert.Equal((ExposureWriter.ThreadName, false), thread));
    }

    [Fact]
    public async Task WriteBatch_ListsAfterAWarmUp_AllocateAlmostNothingFromTheRequestToTheStoreAndTheStream()
    {
        var stream = new ByteCountingExposureStream();
        var (store, log, writer) = Open(new ExposureOptions(), stream);
        var items = Enumerable.Range(0, 10).Select(item => new RecommendedItemView($"I{item:D6}", item + 1, 0.5, null, null, null, null, null, null, null)).ToList();
        var warmedUp = await RecordAndWriteAsync(log, writer, items, batches: 10);

        // 100,000 lists on this thread, as a request records them and the writer stores and publishes them, in batches of
        // the default size: what is left per list is the batch's own (its transaction and commands), a few bytes.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var written = await RecordAndWriteAsync(log, writer, items, batches: 50);
        var perList = (GC.GetAllocatedBytesForCurrentThread() - before) / 100_000.0;

        Assert.Equal((20_000, 100_000), (warmedUp, written));
        Assert.Equal(120_000, store.Count());
        Assert.Equal((120_000L, 120_000L), (stream.Lists, stream.Lines));
        Assert.True(perList < 4, $"{perList:F2} bytes allocated a list");
    }

    [Fact]
    public async Task Writer_LongFlushInterval_ReleasesARequestsObjectsLongBeforeItsFlushAndStoresTheListAtIt()
    {
        var (store, log, writer) = Open(new ExposureOptions { FlushInterval = TimeSpan.FromSeconds(30) }, new ThreadRecordingExposureStream());
        await writer.StartAsync(CancellationToken.None);
        var (customer, answer) = RecordAnswer(log);

        // Young objects held until the batch is stored would be promoted by every gen0 collection in between. The writer
        // takes the list within a TakeInterval when it gets a core; a starved machine may give it one late, so the test
        // looks again until 10 s have passed (a third of the flush interval).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(ExposureWriter.TakeInterval * 5);
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        while ((customer.IsAlive || answer.IsAlive) && clock.Elapsed < TimeSpan.FromSeconds(10));

        var released = (!customer.IsAlive, !answer.IsAlive, store.Count());
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal((true, true, 0), released);
        Assert.Equal(1, store.Count());
        Assert.Equal("C-young", store.LocalAfter(0, 10).Single().List.CustomerId);
    }

    [Fact]
    public async Task Writer_NothingQueued_ParksInsteadOfWakingEveryTakeInterval()
    {
        var (store, log, writer) = Open(new ExposureOptions(), new ThreadRecordingExposureStream());
        await writer.StartAsync(CancellationToken.None);

        // The bound is taken from the time that actually passed: a loaded machine may wake the test late.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var wakeUps = writer.WakeUps;
        var parked = clock.Elapsed;
        await writer.StopAsync(CancellationToken.None);

        // Polling every TakeInterval (10 ms) it woke about 200 times in 2 s; parked, once a FlushInterval (250 ms).
        Assert.InRange(wakeUps, 0, (long)(parked / new ExposureOptions().FlushInterval) + 4);
    }

    [Fact]
    public async Task Writer_ParkedWhenAListArrives_StoresItWithItsBatchAFlushIntervalLater()
    {
        var (store, log, writer) = Open(new ExposureOptions { FlushInterval = TimeSpan.FromSeconds(1) }, new ThreadRecordingExposureStream());
        await writer.StartAsync(CancellationToken.None);
        await Task.Delay(300);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        log.Record("C1", "personal", "v1", [], null, null);
        while (store.Count() == 0 && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(10);
        }

        // Read after the count that saw the list: it was stored no later than this. (A look at the count after a fixed
        // delay would fail whenever a loaded machine wakes the test a FlushInterval late.)
        var stored = clock.Elapsed;
        await writer.StopAsync(CancellationToken.None);

        // Woken by the list, the writer gathers a batch as it does under load rather than store one list at once.
        Assert.Equal(1, store.Count());
        Assert.InRange(stored, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(30));
    }

    // A store, a log and a writer on it, disposed with the test.
    private (ExposureStore Store, ExposureLog Log, ExposureWriter Writer) Open(ExposureOptions settings, IExposureStream stream)
    {
        var store = ExposureStore.Open(Path.Combine(_folder, "events.db"));
        _opened.Add(store);
        var options = Microsoft.Extensions.Options.Options.Create(settings);
        var log = new ExposureLog(options, store, TimeProvider.System);
        var writer = new ExposureWriter(log, store, stream, options, TimeProvider.System, NullLogger<ExposureWriter>.Instance);
        _opened.Add(writer);
        return (store, log, writer);
    }

    // A request's own customer id and answer, recorded, and nothing else holding them.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (WeakReference Customer, WeakReference Answer) RecordAnswer(ExposureLog log)
    {
        var customer = new string("C-young".AsSpan());
        var answer = new List<RecommendedItemView> { new("I000001", 1, 0.5, null, null, null, null, null, null, null) };
        log.Record(customer, "personal", "v1", answer, null, null);
        return (new WeakReference(customer), new WeakReference(answer));
    }

    // Records a batch of the default size and writes it, as many times as asked; returns the lists written. The stream's
    // writes complete at once, so all of it runs on the caller's thread.
    private static async Task<int> RecordAndWriteAsync(ExposureLog log, ExposureWriter writer, IReadOnlyList<RecommendedItemView> items, int batches)
    {
        var size = new ExposureOptions().BatchSize;
        var written = 0;
        for (var batch = 0; batch < batches; batch++)
        {
            for (var list = 0; list < size; list++)
            {
                log.Record("C000042", "personal", "v1", items, "home", null);
            }

            written += await writer.WriteBatchAsync(size);
        }

        return written;
    }
}
