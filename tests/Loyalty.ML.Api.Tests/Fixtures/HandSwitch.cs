using System.Runtime.InteropServices;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// Points <c>current</c> at a version by hand, as someone editing the registry folder would: unlike
/// <see cref="ModelRegistry.SwitchCurrent"/> it does not verify the bundle, so the service's own checks are what is tested.
/// </summary>
public static class HandSwitch
{
    public static void PointCurrentAt(ModelRegistry registry, string version)
    {
        var temporary = Path.Combine(registry.Root, $".hand-{Guid.NewGuid():N}");
        File.CreateSymbolicLink(temporary, version);
        // rename(2) over the old link, as the registry itself switches: the service never sees no current at all.
        if (Rename(temporary, registry.CurrentPath) != 0)
        {
            throw new IOException($"rename failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename(string oldPath, string newPath);
}
