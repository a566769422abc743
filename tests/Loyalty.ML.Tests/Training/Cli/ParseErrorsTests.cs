using Loyalty.ML.Tests.Training.Commands;

namespace Loyalty.ML.Tests.Training.Cli;

public sealed class ParseErrorsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Theory]
    [InlineData("error: --factors: 'abc' is not a whole number (e.g. 64).", "train", "--factors", "abc")]
    [InlineData("error: --risk-high: 'high' is not a number, with a dot for decimals (e.g. 0.5).", "train", "--risk-high", "high")]
    [InlineData("error: --churn-test-cutoff: '2025-31-12' is not a date written yyyy-MM-dd (e.g. 2025-06-30).", "train", "--churn-test-cutoff", "2025-31-12")]
    [InlineData("error: unknown option '--factor'; did you mean --factors?", "train", "--factor", "64")]
    [InlineData("error: unknown command or argument 'trian'; did you mean train?", "trian")]
    [InlineData("error: --cost is required.", "roi", "--revenue", "10")]
    public void Parse_BadValueOrUnknownName_SaysWhatIsExpectedInOneLineAndExits2(string expected, params string[] arguments)
    {
        var (exitCode, output) = TrainerProcess.Run(_folder.Path, arguments);

        Assert.Equal(2, exitCode);
        Assert.Equal(expected, output.Split('\n')[0]);
        Assert.Contains("--help", output.Split('\n')[1], StringComparison.Ordinal);
        Assert.DoesNotContain("System.", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Combine("models")));
    }

    public void Dispose() => _folder.Dispose();
}
