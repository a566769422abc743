using Loyalty.ML.Pipeline.Bundles;


namespace Loyalty.ML.Tests.Pipeline.Bundles;

public sealed class BundleWriterTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Begin_ExistingVersion_Throws()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        ModelRegistryTests.Publish(registry, "v1", 1);

        Assert.Throws<InvalidOperationException>(() => BundleWriter.Begin(registry, "v1"));
    }

    [Fact]
    public void Dispose_WithoutPublish_RemovesStagingAndPublishesNothing()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        string staging;
        using (var writer = BundleWriter.Begin(registry, "v1"))
        {
            staging = writer.Directory;
            File.WriteAllText(writer.PathOf("model.bin"), "half");
        }

        Assert.False(Directory.Exists(staging));
        Assert.False(registry.Exists("v1"));
        Assert.Null(registry.CurrentVersion);
    }

    [Fact]
    public void Publish_NestedFiles_ChecksumsEachAndMovesBundleIntoRegistry()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        using var writer = BundleWriter.Begin(registry, "v1");
        Directory.CreateDirectory(writer.PathOf("churn"));
        File.WriteAllText(writer.PathOf("churn/model.zip"), "zip");
        File.WriteAllText(writer.PathOf("factors.bin"), "bin");

        var manifest = writer.Publish(DateTimeOffset.UnixEpoch, [], new Dictionary<string, long>(), []);

        Assert.Equal(["churn/model.zip", "factors.bin"], manifest.Files.Keys);
        Assert.False(Directory.Exists(writer.Directory));
        Assert.Equal("v1", registry.CurrentVersion);
    }

    [Fact]
    public void Begin_StagingFolderOfAKilledRun_RemovesIt()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var abandoned = Directory.CreateDirectory(Path.Combine(registry.Root, ".staging", "killed-run")).FullName;
        File.WriteAllText(Path.Combine(abandoned, "recommender.bin"), "half");
        File.WriteAllText(abandoned + ".lock", "");

        using var writer = BundleWriter.Begin(registry);

        Assert.False(Directory.Exists(abandoned));
        Assert.False(File.Exists(abandoned + ".lock"));
        Assert.True(Directory.Exists(writer.Directory));
    }

    [Fact]
    public void Begin_AnotherRunStaging_LeavesItsFolder()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        using var running = BundleWriter.Begin(registry);
        File.WriteAllText(running.PathOf("factors.bin"), "in progress");

        using var second = BundleWriter.Begin(registry);

        Assert.True(File.Exists(running.PathOf("factors.bin")));
        Assert.NotEqual(running.Directory, second.Directory);
    }

    [Fact]
    public void Publish_WithoutRequestedVersion_NamesItByThePublishTimeAndAddsASuffixWhenTaken()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var at = new DateTimeOffset(2026, 11, 30, 9, 15, 2, TimeSpan.Zero);
        using var first = BundleWriter.Begin(registry);
        using var second = BundleWriter.Begin(registry);

        Assert.Null(first.Version);
        Assert.Equal("v20261130-091502", first.Publish(at, [], new Dictionary<string, long>(), []).Version);
        Assert.Equal("v20261130-091502-2", second.Publish(at, [], new Dictionary<string, long>(), []).Version);
        Assert.Equal("v20261130-091502-2", registry.CurrentVersion);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(registry.Root, ".staging")));
    }

    [Fact]
    public async Task Publish_TwoRunsWaitingForTheLock_ReadTheClockUnderItSoTheOldestFirstListEndsWithTheCurrentVersion()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var clock = new TickingClock();
        using var first = BundleWriter.Begin(registry);
        using var second = BundleWriter.Begin(registry);
        Task<BundleManifest>[] publishing;

        using (registry.Lock())
        {
            publishing = [.. new[] { first, second }.Select(writer => Task.Run(() => writer.Publish(clock, [], new Dictionary<string, long>(), [])))];
            await Task.Delay(300);
        }

        await Task.WhenAll(publishing);
        Assert.Equal(publishing.Select(run => run.Result.CreatedAt).Max(), registry.List()[^1].CreatedAt);
        Assert.Equal(registry.CurrentVersion, registry.List()[^1].Version);
    }

    /// <summary>A clock a second later on every read.</summary>
    private sealed class TickingClock : TimeProvider
    {
        private int _reads;

        public override DateTimeOffset GetUtcNow() =>
            new DateTimeOffset(2026, 12, 6, 6, 31, 51, TimeSpan.Zero).AddSeconds(Interlocked.Increment(ref _reads));
    }

    public void Dispose() => _folder.Dispose();
}
