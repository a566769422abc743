using Loyalty.ML.Bundles;

namespace Loyalty.ML.Tests.Bundles;

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

    public void Dispose() => _folder.Dispose();
}
