using Loyalty.ML.Api.Exposures;
using Loyalty.ML.Api.Items;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Loyalty.ML.Api.Tests.Exposures;

/// <summary>Where the exposure writer does its work: on a thread of its own, never holding a thread pool worker the requests need.</summary>
public sealed class ExposureWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("exposure-writer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Writer_ListsQueued_AreStoredAndPublishedOnItsOwnThreadNotAPoolWorker()
    {
        using var store = ExposureStore.Open(Path.Combine(_folder, "events.db"));
        var options = Microsoft.Extensions.Options.Options.Create(new ExposureOptions { FlushInterval = TimeSpan.FromMilliseconds(10) });
        var log = new ExposureLog(options, store, TimeProvider.System);
        var stream = new ThreadRecordingExposureStream();
        using var writer = new ExposureWriter(log, store, stream, options, TimeProvider.System, NullLogger<ExposureWriter>.Instance);
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
}
