namespace Loyalty.ML.Tests.Training.Commands.Campaigns;

public sealed class RoiCommandTests
{
    [Fact]
    public void Run_RevenueAndCost_PrintsRoiPercent()
    {
        var (exit, output) = TrainerProcess.Run(AppContext.BaseDirectory, "roi", "--revenue", "12000", "--cost", "8000");

        Assert.Equal(0, exit);
        Assert.Equal("ROI 50.0%", output.Trim());
    }

    [Fact]
    public void Run_ZeroCost_FailsNamingTheCost()
    {
        var (exit, output) = TrainerProcess.Run(AppContext.BaseDirectory, "roi", "--revenue", "100", "--cost", "0");

        Assert.NotEqual(0, exit);
        Assert.Contains("cost must be a positive amount", output);
        Assert.DoesNotContain("ROI ", output);
    }
}
