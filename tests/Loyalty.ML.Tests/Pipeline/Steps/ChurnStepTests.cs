using Loyalty.ML.Churn;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Tests.Churn;
using Loyalty.ML.Pipeline.Steps;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Pipeline.Steps;

public sealed class ChurnStepTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("churn-step-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Run_SimulatedHistory_SavesAScoreWithReasonsForEveryCustomer(bool withItems)
    {
        var history = ChurnSimulatedData.History(800, withItems);
        var context = new TrainingContext(history, _directory, TimeProvider.System);
        var options = ChurnSimulatedData.FastOptions();

        Assert.True(ChurnStep.HasEnoughHistory(history, options));
        var returned = ChurnStep.Run(context, options);

        var scores = ChurnScores.Load(_directory);
        Assert.Equal(history.Customers.Count, scores.ByRisk.Count);
        Assert.Equal(scores.ByRisk.Count, returned.ByRisk.Count);
        Assert.All(returned.ByRisk, score => Assert.Empty(score.Reasons));
        Assert.Equal(scores.ByRisk.Select(score => (score.CustomerId, score.Probability, score.Clv)), returned.ByRisk.Select(score => (score.CustomerId, score.Probability, score.Clv)));
        Assert.Equal(DateOnly.FromDateTime(history.LastTime), scores.AsOf);
        Assert.All(scores.ByRisk, score =>
        {
            Assert.InRange(score.Probability, 0, 1);
            Assert.InRange(score.ProbabilityAlive, 0, 1);
            Assert.True(score.Clv >= 0);
            Assert.InRange(score.Reasons.Count, 1, 3);
        });
        Assert.True(File.Exists(Path.Combine(_directory, ChurnScoreFile.ModelFile)));
        var churn = context.RunMetrics.Churn!;
        Assert.Equal(90, churn.HorizonDays);
        Assert.Equal(12, churn.Published.Clv.Months);
        Assert.NotNull(churn.Evaluation);
        Assert.Equal(history.Customers.Count, churn.Published.ScoredCustomers);
    }

    [Fact]
    public void HasEnoughHistory_HistoryShorterThanHistoryPlusHorizon_IsFalse()
    {
        var builder = new PurchaseHistoryBuilder();
        ChurnTestHistories.Order(builder, "a", 0);
        ChurnTestHistories.Order(builder, "a", 100);
        var history = builder.Build();

        Assert.False(ChurnStep.HasEnoughHistory(history, new ChurnOptions()));
        Assert.Equal("100 days of history; churn needs 150 (the minimum history plus the 90-day horizon)", ChurnStep.TooShort(history, new ChurnOptions()));
    }
}
