using System.Text.Json.Nodes;
using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// Writes one bundle into a staging folder of its own and publishes it whole, as the last thing a run does: under
/// the registry's lock it names the version, checksums the files, writes the manifest, renames the folder into the
/// registry and switches <c>current</c> atomically. Disposed unpublished, it deletes the staging folder and the
/// registry is as it was; a run killed before that leaves a folder the next run removes.
/// </summary>
public sealed class BundleWriter : IDisposable
{
    private readonly ModelRegistry _registry;
    private readonly string? _requestedVersion;
    private readonly RegistryLock _owner;
    private bool _published;

    private BundleWriter(ModelRegistry registry, string? version)
    {
        _registry = registry;
        _requestedVersion = version;
        StagingArea.CleanAbandoned(registry);
        (Directory, _owner) = StagingArea.Create(registry);
    }

    /// <summary>The published version; null until a publish has named it.</summary>
    public string? Version { get; private set; }

    /// <summary>Staging folder the models write into.</summary>
    public string Directory { get; }

    /// <summary>Starts a bundle in <paramref name="registry"/>, named when it is published (or <paramref name="version"/> when given).</summary>
    public static BundleWriter Begin(ModelRegistry registry, string? version = null)
    {
        if (version is not null && registry.Exists(version))
        {
            throw new InvalidOperationException($"Model version '{version}' already exists in {registry.Root}.");
        }

        return new BundleWriter(registry, version);
    }

    /// <summary>Full path of a bundle file.</summary>
    public string PathOf(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>
    /// Names the version, hands the name to <paramref name="named"/> (files that carry it, such as the report, are written
    /// then), checksums every file, writes the manifest, moves the bundle into the registry and makes it current.
    /// </summary>
    public BundleManifest Publish(
        DateTimeOffset publishedAt,
        IReadOnlyList<SourceFingerprint> sources,
        IReadOnlyDictionary<string, long> rowCounts,
        JsonObject parameters,
        Action<string>? named = null) =>
        Publish(() => publishedAt, sources, rowCounts, parameters, named);

    /// <summary>
    /// Publishes as <see cref="Publish(DateTimeOffset, IReadOnlyList{SourceFingerprint}, IReadOnlyDictionary{string, long}, JsonObject, Action{string}?)"/>,
    /// reading <paramref name="clock"/> once the registry's lock is held: runs that wait for each other get publish
    /// times in the order they publish, so the oldest-first list ends with the version made current.
    /// </summary>
    public BundleManifest Publish(
        TimeProvider clock,
        IReadOnlyList<SourceFingerprint> sources,
        IReadOnlyDictionary<string, long> rowCounts,
        JsonObject parameters,
        Action<string>? named = null) =>
        Publish(clock.GetUtcNow, sources, rowCounts, parameters, named);

    private BundleManifest Publish(
        Func<DateTimeOffset> publishedAtNow,
        IReadOnlyList<SourceFingerprint> sources,
        IReadOnlyDictionary<string, long> rowCounts,
        JsonObject parameters,
        Action<string>? named)
    {
        using var held = _registry.Lock();
        var publishedAt = publishedAtNow();
        var version = _requestedVersion ?? _registry.NextVersion(publishedAt);
        if (System.IO.Directory.Exists(_registry.PathOf(version)))
        {
            throw new InvalidOperationException($"Model version '{version}' already exists in {_registry.Root}.");
        }

        named?.Invoke(version);

        var files = System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Directory, path).Replace('\\', '/'))
            .Where(name => name != BundleFiles.Manifest)
            .Order(StringComparer.Ordinal)
            .ToDictionary(name => name, name => FileChecksum.Sha256(PathOf(name)), StringComparer.Ordinal);
        var manifest = new BundleManifest(version, publishedAt, sources, rowCounts, parameters, files);
        BundleJson.Write(PathOf(BundleFiles.Manifest), manifest);
        System.IO.Directory.Move(Directory, _registry.PathOf(version));
        (_published, Version) = (true, version);
        StagingArea.Release(Directory, _owner);
        _registry.SwitchCurrentHeld(version);
        return manifest;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_published)
        {
            StagingArea.Remove(Directory, _owner);
        }
    }
}
