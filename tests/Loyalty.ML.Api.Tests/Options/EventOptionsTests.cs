using Loyalty.ML.Api.Options;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Api.Tests.Options;

public sealed class EventOptionsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("loyalty-event-options-").FullName;

    [Fact]
    public void ResolveStorePath_Default_IsTheStoreTrainReadsForThatRegistry()
    {
        var registry = new ModelRegistry(Path.Combine(_root, "models"));

        Assert.Equal(registry.EventStorePath, new EventOptions().ResolveStorePath(registry.Root));
        Assert.NotEqual(registry.EventStorePath, new EventOptions().ResolveStorePath(Path.Combine(_root, "other")));
    }

    [Fact]
    public void FormerStore_StoreOfAnEarlierReleaseBesideTheRegistry_IsNamedUntilItIsTheOneInUse()
    {
        var registry = Path.Combine(_root, "models");
        var former = Path.Combine(_root, "data", "events", "events.db");
        Assert.Null(new EventOptions().FormerStore(registry));
        Directory.CreateDirectory(Path.GetDirectoryName(former)!);
        File.WriteAllBytes(former, []);

        Assert.Equal(former, new EventOptions().FormerStore(registry));
        Assert.Null(new EventOptions { StorePath = former }.FormerStore(registry));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
