using System.Diagnostics;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// An exclusive lock held through one open file (<see cref="FileShare.None"/>, an advisory <c>flock</c> on Linux).
/// The kernel drops it when the holder closes the file or dies, so a killed run never leaves a registry locked.
/// </summary>
internal sealed class RegistryLock : IDisposable
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(50);
    private readonly FileStream _file;

    private RegistryLock(FileStream file) => _file = file;

    /// <summary>Path of the lock file.</summary>
    public string Path => _file.Name;

    /// <summary>Takes the lock at <paramref name="path"/>, waiting up to <paramref name="timeout"/>; null when another holder keeps it that long.</summary>
    public static RegistryLock? TryAcquire(string path, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new RegistryLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited.Elapsed < timeout)
            {
                Thread.Sleep(RetryEvery);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}
