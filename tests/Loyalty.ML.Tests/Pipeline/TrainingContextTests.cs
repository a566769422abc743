using Loyalty.ML.Pipeline;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Pipeline;

public sealed class TrainingContextTests
{
    [Fact]
    public void Activity_SeveralSteps_ShareOneComputationOfTheHistory()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("A", "x", "O1", new DateTime(2025, 1, 5), 2, 10);
        builder.AddPurchase("A", "y", "O2", new DateTime(2025, 2, 5), 1, 5);
        builder.AddPurchase("B", "x", "O3", new DateTime(2025, 2, 6), 1, 10);
        var history = builder.Build();
        var context = new TrainingContext(history, Path.GetTempPath(), TimeProvider.System);

        var first = context.Activity;

        Assert.Same(first, context.Activity);
        Assert.True(history.Customers.TryGetIndex("A", out var a));
        Assert.Equal(2, first.Orders[a]);
        Assert.Equal(25, first.Spend[a], 6);
    }
}
