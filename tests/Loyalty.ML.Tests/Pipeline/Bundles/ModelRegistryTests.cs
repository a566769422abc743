using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Tests.Pipeline.Bundles;

public sealed class ModelRegistryTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void CurrentVersion_BeforeFirstPublish_IsNull()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));

        Assert.Null(registry.CurrentVersion);
        Assert.Empty(registry.List());
    }

    [Fact]
    public void SwitchCurrent_PublishedVersion_PointsLinkAtIt()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        Publish(registry, "v1", 1);
        Publish(registry, "v2", 2);

        registry.SwitchCurrent("v1");

        Assert.Equal("v1", registry.CurrentVersion);
        Assert.Equal("1", File.ReadAllText(Path.Combine(registry.CurrentPath, "model.bin")));
    }

    [Fact]
    public void SwitchCurrent_UnknownVersion_ThrowsAndKeepsCurrent()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        Publish(registry, "v1", 1);

        Assert.Throws<InvalidOperationException>(() => registry.SwitchCurrent("v9"));

        Assert.Equal("v1", registry.CurrentVersion);
    }

    [Fact]
    public void List_VersionWithCorruptManifest_IsListedApartAndNeverRolledBackTo()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        Publish(registry, "v1", 1);
        Publish(registry, "v2", 2);
        Publish(registry, "v3", 3);
        File.WriteAllText(Path.Combine(registry.PathOf("v2"), BundleFiles.Manifest), "{ not json");

        Assert.Equal(["v1", "v3"], registry.List().Select(manifest => manifest.Version));
        Assert.Equal(["v2"], registry.Unreadable());
        Assert.Equal("v1", registry.RollBack());
    }

    [Fact]
    public void RollBack_AfterTwoPublishes_ReturnsToTheEarlierVersion()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        Publish(registry, "v1", 1);
        Publish(registry, "v2", 2);

        var restored = registry.RollBack();

        Assert.Equal("v1", restored);
        Assert.Equal("v1", registry.CurrentVersion);
        Assert.Throws<InvalidOperationException>(() => registry.RollBack());
    }

    [Fact]
    public void RollBack_ToAVersionWhoseFilesNoLongerMatch_ThrowsAndKeepsCurrent()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        Publish(registry, "v1", 1);
        Publish(registry, "v2", 2);
        File.WriteAllText(Path.Combine(registry.PathOf("v1"), "model.bin"), "tampered");

        var error = Assert.Throws<InvalidDataException>(() => registry.RollBack());

        Assert.Contains("model.bin", error.Message, StringComparison.Ordinal);
        Assert.Equal("v2", registry.CurrentVersion);
        Assert.Throws<InvalidDataException>(() => registry.SwitchCurrent("v1"));
        Assert.Equal("v2", registry.CurrentVersion);
    }

    public void Dispose() => _folder.Dispose();

    internal static void Publish(ModelRegistry registry, string version, int content, int minute = 0)
    {
        using var writer = BundleWriter.Begin(registry, version);
        File.WriteAllText(writer.PathOf("model.bin"), content.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var createdAt = new DateTimeOffset(2026, 1, 1, 0, minute + content, 0, TimeSpan.Zero);
        writer.Publish(createdAt, [], new Dictionary<string, long>(), []);
    }
}
