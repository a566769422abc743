using System.Text.RegularExpressions;
using Loyalty.ML.Tests.Training.Commands;

namespace Loyalty.ML.Tests.Training.Cli;

public sealed partial class TrainerHelpTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Help_Root_ListsEveryCommandServeAndEveryBenchmarkInTheVoiceOfTrainSh()
    {
        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "--help");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Usage: ./train.sh", output, StringComparison.Ordinal);
        Assert.DoesNotContain("loyalty-train", output, StringComparison.Ordinal);
        string[] commands = ["train", "validate", "tune", "generate", "models list|show|rollback|compare|challenge|experiment|promote|stop", "report", "export", "export-offers", "campaign-report", "roi", "--serve"];
        Assert.All(commands, command => Assert.Matches($@"(?m)^  {Regex.Escape(command)}\s", output));
        Assert.Contains("/dashboard", output, StringComparison.Ordinal);
        Assert.Contains("/scalar", output, StringComparison.Ordinal);
        Assert.All(BenchmarkCommands(), bench => Assert.Matches($@"(?m)^  {bench}\s", output));
    }

    [Fact]
    public void Help_Train_ListsEveryOptionUnderAFewShortGroups()
    {
        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "train", "--help");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Usage: ./train.sh train [options]", output, StringComparison.Ordinal);
        var groups = GroupHeading().Matches(output).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(["Data", "Publishing and output", "Churn", "Recommender: personal lists", "Recommender: customers also bought"], groups);
        var options = OptionLine().Matches(output).Count;
        Assert.True(options >= 40, $"{options} options listed");
        Assert.All(output.Split("\n\n").Where(block => block.Contains(":\n  --", StringComparison.Ordinal)), block => Assert.True(OptionLine().Matches(block).Count <= 20, block));
        Assert.Contains("--factors N", output, StringComparison.Ordinal);
        Assert.Contains("--churn-test-cutoff yyyy-MM-dd", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    // The benchmarks loyalty-bench defines, and the ones train.sh runs as scripts.
    private static IEnumerable<string> BenchmarkCommands()
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Loyalty.ML.Benchmarks", "Commands"), "*.cs").Select(File.ReadAllText);
        var defined = sources.SelectMany(source => BenchCommand().Matches(source).Select(match => match.Groups[1].Value));
        var scripted = ScriptBench().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "train.sh"))).Select(match => match.Groups[1].Value);
        var all = defined.Concat(scripted).Distinct().ToList();
        Assert.True(all.Count >= 6, string.Join(", ", all));
        return all;
    }

    [GeneratedRegex(@"(?m)^([A-Z][^\n]*):\n  --")]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@"(?m)^  --[a-z]")]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"new Command\(""(bench-[a-z-]+)""")]
    private static partial Regex BenchCommand();

    [GeneratedRegex(@"== (bench-[a-z-]+) \]\]")]
    private static partial Regex ScriptBench();
}
