using Loyalty.ML.Tests.Training.Commands;

namespace Loyalty.ML.Tests.Training.Cli;

public sealed class JitProfileTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Command_Run_LeavesItsJitProfileBesideTheBuildForItsNextRun()
    {
        var profile = Path.Combine(AppContext.BaseDirectory, "jit-profiles", "generate.jitprofile");
        var started = DateTime.UtcNow.AddSeconds(-1);

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "generate", "--out", _folder.Path, "--customers", "30", "--items", "10", "--lines", "200");

        Assert.True(exitCode == 0, output);
        Assert.True(File.Exists(profile));
        Assert.True(File.GetLastWriteTimeUtc(profile) >= started, $"{profile} was last written {File.GetLastWriteTimeUtc(profile):O}, before the run started at {started:O}.");
        Assert.True(new FileInfo(profile).Length > 0);
    }

    public void Dispose() => _folder.Dispose();
}
