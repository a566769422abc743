using Loyalty.ML.Churn;

namespace Loyalty.ML.Tests.Churn;

public sealed class ChurnScoreFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("churn-scores-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void WriteThenLoad_ScoresWithCommasQuotesAndReasons_RoundTripExactly()
    {
        ChurnScore[] scores =
        [
            new("plain", 0.123456789012345, RiskBand.Low, ["no order for 74 days; usually every 21", "1 order in the last 90 days, spending 5"], 0.9, 1.25, 310.5),
            new("with, comma \"and quotes\"", 0.9, RiskBand.High, [], 0.1, 0.01, 0),
            new("tie-b", 0.5, RiskBand.Medium, ["customer for 20 days"], 0.5, 0.5, 12),
            new("tie-a", 0.5, RiskBand.Medium, ["customer for 20 days"], 0.5, 0.5, 12),
        ];
        var info = new ChurnScoresInfo(90, new DateOnly(2011, 12, 9), scores.Length, 0.5, 0.75, 12, 0.01);
        ChurnScoreFile.Write(_directory, info, scores);

        var loaded = ChurnScores.Load(_directory);

        Assert.Equal(90, loaded.HorizonDays);
        Assert.Equal(new DateOnly(2011, 12, 9), loaded.AsOf);
        Assert.Equal(["with, comma \"and quotes\"", "tie-a", "tie-b", "plain"], loaded.ByRisk.Select(score => score.CustomerId));
        Assert.True(loaded.TryGet("plain", out var plain));
        Assert.Equal(scores[0].Probability, plain.Probability);
        Assert.Equal(scores[0].Reasons, plain.Reasons);
        Assert.Equal(scores[0].Clv, plain.Clv);
        Assert.Equal(RiskBand.Low, plain.Band);
        Assert.False(loaded.TryGet("unknown", out _));
    }

    [Fact]
    public void Load_CorruptRow_ThrowsNamingFileAndLine()
    {
        var info = new ChurnScoresInfo(90, new DateOnly(2011, 12, 9), 1, 0.5, 0.75, 12, 0.01);
        ChurnScoreFile.Write(_directory, info, [new ChurnScore("a", 0.5, RiskBand.Medium, [], 1, 1, 1)]);
        var path = Path.Combine(_directory, ChurnScoreFile.ScoresFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("0.5,medium", "half,medium", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => ChurnScores.Load(_directory));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("probability", error.Message, StringComparison.Ordinal);
    }
}
