using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// Points <c>current</c> at a version by hand, as someone editing the registry folder would: unlike
/// <see cref="ModelRegistry.SwitchCurrent"/> it does not verify the bundle, so the service's own checks are what is tested.
/// </summary>
public static class HandSwitch
{
    public static void PointCurrentAt(ModelRegistry registry, string version) => AtomicLink.Point(registry.CurrentPath, version);
}
