using System.Text.Json.Nodes;

namespace Loyalty.ML.Bundles;

/// <summary>
/// Writes one bundle into a staging folder and publishes it whole: files, then the manifest with their
/// checksums, then a rename into the registry, then the atomic switch of <c>current</c>. Disposed
/// unpublished, it deletes the staging folder and the registry is as it was.
/// </summary>
public sealed class BundleWriter : IDisposable
{
    private readonly ModelRegistry _registry;
    private bool _published;

    private BundleWriter(ModelRegistry registry, string version)
    {
        _registry = registry;
        Version = version;
        // A folder of its own per run: two runs staging the same version never delete each other's files.
        Directory = Path.Combine(registry.Root, ".staging", $"{version}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>Version being written.</summary>
    public string Version { get; }

    /// <summary>Staging folder the models write into.</summary>
    public string Directory { get; }

    /// <summary>Starts a bundle for <paramref name="version"/> in <paramref name="registry"/>.</summary>
    public static BundleWriter Begin(ModelRegistry registry, string version)
    {
        if (registry.Exists(version))
        {
            throw new InvalidOperationException($"Model version '{version}' already exists in {registry.Root}.");
        }

        return new BundleWriter(registry, version);
    }

    /// <summary>Full path of a bundle file.</summary>
    public string PathOf(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>Checksums every file, writes the manifest, moves the bundle into the registry and makes it current.</summary>
    public BundleManifest Publish(
        DateTimeOffset createdAt,
        IReadOnlyList<SourceFingerprint> sources,
        IReadOnlyDictionary<string, long> rowCounts,
        JsonObject parameters)
    {
        var files = System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Directory, path).Replace('\\', '/'))
            .Where(name => name != BundleFiles.Manifest)
            .Order(StringComparer.Ordinal)
            .ToDictionary(name => name, name => FileChecksum.Sha256(PathOf(name)), StringComparer.Ordinal);
        var manifest = new BundleManifest(Version, createdAt, sources, rowCounts, parameters, files);
        BundleJson.Write(PathOf(BundleFiles.Manifest), manifest);
        System.IO.Directory.Move(Directory, _registry.PathOf(Version));
        _published = true;
        _registry.SwitchCurrent(Version);
        return manifest;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_published && System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
