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
        var step = new ChurnStep(ChurnSimulatedData.FastOptions());

        Assert.True(step.CanRun(context));
        step.Run(context);

        var scores = ChurnScores.Load(_directory);
        Assert.Equal(history.Customers.Count, scores.ByRisk.Count);
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
    public void CanRun_HistoryShorterThanHistoryPlusHorizon_IsFalse()
    {
        var builder = new PurchaseHistoryBuilder();
        ChurnTestHistories.Order(builder, "a", 0);
        ChurnTestHistories.Order(builder, "a", 100);
        var context = new TrainingContext(builder.Build(), _directory, TimeProvider.System);

        Assert.False(new ChurnStep().CanRun(context));
    }
}
