using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Tests.Pipeline.Bundles;

namespace Loyalty.ML.Tests.Pipeline.Experiments;

public sealed class ExperimentRegistryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _folder = new();
    private readonly ModelRegistry _registry;

    public ExperimentRegistryTests()
    {
        _registry = new ModelRegistry(_folder.Combine("models"));
        ModelRegistryTests.Publish(_registry, "v1", 1);
        ModelRegistryTests.Publish(_registry, "v2", 2);
        ModelRegistryTests.Publish(_registry, "v3", 3);
        _registry.SwitchCurrent("v1");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Start_PublishedVersion_IsRecordedAgainstTheCurrentOne()
    {
        var started = ExperimentRegistry.Start(_registry, "v2", 0.2, Now);

        var recorded = Assert.Single(ExperimentsFile.Read(_registry));
        Assert.Equal(started, recorded);
        Assert.Equal(("challenge-v2", "v2", 0.2, "v1", true), (recorded.Name, recorded.Challenger, recorded.Share, recorded.ChampionAtStart, recorded.IsRunning));
        Assert.False(recorded.AutoPromote);
    }

    [Theory]
    [InlineData("v1", 0.2, "current")]
    [InlineData("v9", 0.2, "not in")]
    [InlineData("v2", 1.0, "share")]
    [InlineData("v2", 0.0, "share")]
    public void Start_BadVersionOrShare_IsRefusedAndNothingRecorded(string version, double share, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ExperimentRegistry.Start(_registry, version, share, Now));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty(ExperimentsFile.Read(_registry));
    }

    [Fact]
    public void Start_NameTaken_IsRefused()
    {
        ExperimentRegistry.Start(_registry, "v2", 0.2, Now, name: "spring");

        Assert.Throws<InvalidOperationException>(() => ExperimentRegistry.Start(_registry, "v3", 0.2, Now, name: "spring"));
    }

    [Fact]
    public void Promote_RunningExperiment_MakesItsChallengerCurrentAndEndsIt()
    {
        ExperimentRegistry.Start(_registry, "v2", 0.2, Now);
        ExperimentRegistry.Start(_registry, "v3", 0.2, Now.AddMinutes(1));

        var promoted = ExperimentRegistry.Promote(_registry, "challenge-v2", Now.AddDays(7));

        Assert.Equal("v2", _registry.CurrentVersion);
        Assert.Equal(("promoted", Now.AddDays(7)), (promoted.Outcome, promoted.EndedAt!.Value));
        var experiments = ExperimentsFile.Read(_registry);
        Assert.False(experiments[0].IsRunning);
        Assert.True(experiments[1].IsRunning);
    }

    [Fact]
    public void Promote_EndedOrAmbiguous_IsRefusedAndCurrentKept()
    {
        ExperimentRegistry.Start(_registry, "v2", 0.2, Now);
        ExperimentRegistry.Start(_registry, "v3", 0.2, Now);

        Assert.Throws<InvalidOperationException>(() => ExperimentRegistry.Promote(_registry, null, Now));
        ExperimentRegistry.Stop(_registry, "challenge-v2", Now.AddDays(1));
        Assert.Throws<InvalidOperationException>(() => ExperimentRegistry.Promote(_registry, "challenge-v2", Now.AddDays(2)));

        Assert.Equal("v1", _registry.CurrentVersion);
        Assert.Equal("stopped", ExperimentsFile.Read(_registry)[0].Outcome);
    }

    [Fact]
    public void Read_DamagedFile_FailsNamingIt()
    {
        File.WriteAllText(ExperimentsFile.PathOf(_registry), "{ not json");

        var error = Assert.Throws<InvalidDataException>(() => ExperimentsFile.Read(_registry));

        Assert.Contains(ExperimentsFile.FileName, error.Message, StringComparison.Ordinal);
    }
}
