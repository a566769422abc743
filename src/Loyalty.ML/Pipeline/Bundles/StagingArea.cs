namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// The registry's <c>.staging/</c> folder, where runs write bundles before publishing. Each run's folder has a lock
/// file beside it that the run holds until it ends; a folder whose lock can be taken belongs to a run that died
/// (<c>kill -9</c>, a power cut) and is removed by the next run.
/// </summary>
internal static class StagingArea
{
    public const string FolderName = ".staging";
    private const string LockSuffix = ".lock";

    /// <summary>Creates a run's staging folder and takes its lock; the caller disposes the lock when the run ends.</summary>
    public static (string Directory, RegistryLock Owner) Create(ModelRegistry registry)
    {
        var root = Path.Combine(registry.Root, FolderName);
        Directory.CreateDirectory(root);
        var name = Guid.NewGuid().ToString("N");
        var owner = RegistryLock.TryAcquire(Path.Combine(root, name + LockSuffix), TimeSpan.Zero)
            ?? throw new IOException($"Could not lock a new staging folder in {root}.");
        var directory = Path.Combine(root, name);
        Directory.CreateDirectory(directory);
        return (directory, owner);
    }

    /// <summary>Deletes a run's staging folder while holding its lock, then the lock file.</summary>
    public static void Remove(string directory, RegistryLock owner)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Release(directory, owner);
    }

    /// <summary>Releases a run's lock and deletes the lock file once its folder has been published (moved away) or removed.</summary>
    public static void Release(string directory, RegistryLock owner)
    {
        owner.Dispose();
        File.Delete(directory + LockSuffix);
    }

    /// <summary>Removes the staging folders of runs that ended without cleaning up; returns how many.</summary>
    public static int CleanAbandoned(ModelRegistry registry)
    {
        var root = Path.Combine(registry.Root, FolderName);
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var removed = 0;
        foreach (var directory in Directory.EnumerateDirectories(root))
        {
            // A run creates its lock before its folder, so a folder without a lock file was never a live run's.
            if (RegistryLock.TryAcquire(directory + LockSuffix, TimeSpan.Zero) is { } abandoned)
            {
                Remove(directory, abandoned);
                removed++;
            }
        }

        foreach (var orphan in Directory.EnumerateFiles(root, "*" + LockSuffix).Where(path => !Directory.Exists(path[..^LockSuffix.Length])))
        {
            if (RegistryLock.TryAcquire(orphan, TimeSpan.Zero) is { } unused)
            {
                unused.Dispose();
                File.Delete(orphan);
            }
        }

        return removed;
    }
}
