using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Pipeline.Bundles;

public sealed class BundleVerifierTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Verify_UntouchedBundle_ReturnsManifestWithEveryFile()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        ModelRegistryTests.Publish(registry, "v1", 1);

        var manifest = BundleVerifier.Verify(registry.PathOf("v1"));

        Assert.Equal("v1", manifest.Version);
        Assert.Equal(FileChecksum.Sha256(Path.Combine(registry.PathOf("v1"), "model.bin")), manifest.Files["model.bin"]);
    }

    [Fact]
    public void Verify_ChangedFile_ThrowsNamingTheFile()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        ModelRegistryTests.Publish(registry, "v1", 1);
        File.WriteAllText(Path.Combine(registry.PathOf("v1"), "model.bin"), "tampered");

        var error = Assert.Throws<InvalidDataException>(() => BundleVerifier.Verify(registry.PathOf("v1")));

        Assert.Contains("model.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MissingFile_ThrowsNamingTheFile()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        ModelRegistryTests.Publish(registry, "v1", 1);
        File.Delete(Path.Combine(registry.PathOf("v1"), "model.bin"));

        var error = Assert.Throws<InvalidDataException>(() => BundleVerifier.Verify(registry.PathOf("v1")));

        Assert.Contains("model.bin is listed in the manifest but missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FolderWithoutManifest_Throws()
    {
        Directory.CreateDirectory(_folder.Combine("empty"));

        Assert.Throws<InvalidDataException>(() => BundleVerifier.Verify(_folder.Combine("empty")));
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("../v2/model.bin")]
    public void Verify_ManifestNamesAFileOutsideTheBundle_ThrowsWithoutReadingIt(string name)
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        ModelRegistryTests.Publish(registry, "v1", 1);
        ModelRegistryTests.Publish(registry, "v2", 2);
        RewriteManifest(registry.PathOf("v1"), manifest => manifest with { Files = new Dictionary<string, string>(manifest.Files) { [name] = "0" } });

        var error = Assert.Throws<InvalidDataException>(() => BundleVerifier.Verify(registry.PathOf("v1")));

        Assert.Contains($"lists {name}, which is not inside the bundle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FileIsALinkOutOfTheBundle_Throws()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        ModelRegistryTests.Publish(registry, "v1", 1);
        File.CreateSymbolicLink(Path.Combine(registry.PathOf("v1"), "zero.bin"), "/dev/zero");
        RewriteManifest(registry.PathOf("v1"), manifest => manifest with { Files = new Dictionary<string, string>(manifest.Files) { ["zero.bin"] = "0" } });

        var error = Assert.Throws<InvalidDataException>(() => BundleVerifier.Verify(registry.PathOf("v1")));

        Assert.Contains("zero.bin goes through the link", error.Message, StringComparison.Ordinal);
    }

    private static void RewriteManifest(string bundle, Func<BundleManifest, BundleManifest> change)
    {
        var path = Path.Combine(bundle, BundleFiles.Manifest);
        BundleJson.Write(path, change(BundleJson.Read<BundleManifest>(path)));
    }

    public void Dispose() => _folder.Dispose();
}
