using System.Runtime.InteropServices;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// Points a symbolic link at a new target in one step: a fresh link renamed over the old one with rename(2), so a
/// reader sees the old target or the new one, never none (.NET's File.Move follows the link to check its source).
/// </summary>
internal static class AtomicLink
{
    /// <summary>Makes <paramref name="link"/> point at <paramref name="target"/> (relative to the link's folder).</summary>
    public static void Point(string link, string target)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(link)!, $".link-{Guid.NewGuid():N}");
        File.CreateSymbolicLink(temporary, target);
        if (Rename(temporary, link) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            File.Delete(temporary);
            throw new IOException($"Could not switch {link}: errno {errno}.");
        }
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename(string oldPath, string newPath);
}
