using Loyalty.ML.Bundles;

namespace Loyalty.ML.Tests.Bundles;

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

    public void Dispose() => _folder.Dispose();
}
