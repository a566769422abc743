using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// The folder of published bundles, one sub-folder per version, and the <c>current</c> symbolic link
/// that says which one is served. Switching is a rename of a fresh link over the old one: atomic. Publishing,
/// switching and rolling back hold the registry's lock, so concurrent runs publish one after the other.
/// </summary>
public sealed class ModelRegistry
{
    private const string LockFile = ".lock";

    /// <summary>Where a registry keeps its API's event store, relative to the registry folder.</summary>
    public const string EventStoreFile = "events/events.db";

    /// <summary>Longest wait for another run's publish or rollback to finish before giving up.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Opens (and creates when missing) the registry at <paramref name="root"/>.</summary>
    public ModelRegistry(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    /// <summary>Registry folder.</summary>
    public string Root { get; }

    /// <summary>
    /// The event store of the API serving this registry (<see cref="EventStoreFile"/> inside it): the purchases and offer
    /// events reported to that API belong to this registry, and only its training runs read them.
    /// </summary>
    public string EventStorePath => Path.Combine(Root, EventStoreFile);

    /// <summary>Path of the <c>current</c> link.</summary>
    public string CurrentPath => Path.Combine(Root, BundleFiles.Current);

    /// <summary>Folder of a version.</summary>
    public string PathOf(string version) => Path.Combine(Root, version);

    /// <summary>True when <paramref name="version"/> is published.</summary>
    public bool Exists(string version) => File.Exists(Path.Combine(PathOf(version), BundleFiles.Manifest));

    /// <summary>The version <c>current</c> points at, or null before the first publish.</summary>
    public string? CurrentVersion =>
        new FileInfo(CurrentPath).LinkTarget is { } target ? Path.GetFileName(target.TrimEnd('/')) : null;

    /// <summary>Manifests of all published versions whose manifest can be read, oldest first.</summary>
    public IReadOnlyList<BundleManifest> List() =>
        Directory.EnumerateDirectories(Root)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.StartsWith('.') && name != BundleFiles.Current && Exists(name))
            .Select(ReadManifest)
            .OfType<BundleManifest>()
            .OrderBy(manifest => manifest.CreatedAt)
            .ThenBy(manifest => manifest.Version, StringComparer.Ordinal)
            .ToList();

    /// <summary>Versions whose manifest cannot be read: listed apart, never a target for rollback.</summary>
    public IReadOnlyList<string> Unreadable() =>
        Directory.EnumerateDirectories(Root)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.StartsWith('.') && name != BundleFiles.Current && Exists(name) && ReadManifest(name) is null)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Points <c>current</c> at a published version, once its files are verified against its manifest.</summary>
    /// <exception cref="InvalidDataException">The version's files do not match its manifest; <c>current</c> is left as it was.</exception>
    public void SwitchCurrent(string version)
    {
        using var held = Lock();
        VerifyIfPublished(version);
        SwitchCurrentHeld(version);
    }

    /// <summary>Takes the registry's lock for a publish, switch or rollback; throws when another run keeps it past <see cref="LockTimeout"/>.</summary>
    internal RegistryLock Lock() =>
        RegistryLock.TryAcquire(Path.Combine(Root, LockFile), LockTimeout)
        ?? throw new IOException($"Another run has been publishing to {Root} for over {LockTimeout.TotalMinutes:0} minutes (lock {Path.Combine(Root, LockFile)}); try again when it is done.");

    /// <summary>
    /// The name of a version published at <paramref name="publishedAt"/>: <c>vYYYYMMDD-HHMMSS</c>, with a suffix when that
    /// second is taken. Called under the lock, so two runs never pick the same name and names sort in publish order.
    /// </summary>
    internal string NextVersion(DateTimeOffset publishedAt)
    {
        var version = publishedAt.UtcDateTime.ToString("'v'yyyyMMdd'-'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var candidate = version;
        for (var suffix = 2; Directory.Exists(PathOf(candidate)); suffix++)
        {
            candidate = $"{version}-{suffix}";
        }

        return candidate;
    }

    /// <summary>Points <c>current</c> at a published version; the caller holds the lock.</summary>
    internal void SwitchCurrentHeld(string version)
    {
        if (!Exists(version))
        {
            throw new InvalidOperationException($"Model version '{version}' is not in {Root}.");
        }

        var existing = new FileInfo(CurrentPath);
        if (existing.LinkTarget is null && (existing.Exists || Directory.Exists(CurrentPath)))
        {
            throw new InvalidOperationException($"{CurrentPath} exists and is not a link; move it away first.");
        }

        AtomicLink.Point(CurrentPath, version);
    }

    /// <summary>The current version; throws, telling the user to train, when nothing is published.</summary>
    public string RequireCurrentVersion() =>
        CurrentVersion ?? throw new InvalidOperationException($"No model is published in {Root}; run ./train.sh first.");

    /// <summary>The version published before the current one; throws when there is none.</summary>
    public string PreviousVersion()
    {
        var versions = List().Select(manifest => manifest.Version).ToList();
        var index = CurrentVersion is { } current ? versions.IndexOf(current) : -1;
        return index > 0 ? versions[index - 1] : throw new InvalidOperationException("There is no version published before the current one.");
    }

    /// <summary>Makes the version published before the current one current again, and returns it.</summary>
    public string RollBack()
    {
        using var held = Lock();
        var previous = PreviousVersion();
        VerifyIfPublished(previous);
        SwitchCurrentHeld(previous);
        return previous;
    }

    // A version that is not published is refused by SwitchCurrentHeld with its own message.
    private void VerifyIfPublished(string version)
    {
        if (Exists(version))
        {
            BundleVerifier.Verify(PathOf(version));
        }
    }

    private BundleManifest? ReadManifest(string version)
    {
        try
        {
            return BundleJson.Read<BundleManifest>(Path.Combine(PathOf(version), BundleFiles.Manifest));
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or InvalidDataException)
        {
            return null;
        }
    }
}
