using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// The time split: train on lines before the split time, test on lines in [split, test until). Test customers bought
/// on both sides; their relevant items are those bought in the test window and never before the split.
/// </summary>
internal static class TimeSplit
{
    /// <summary>Default test window: the last 30 days.</summary>
    public const int DefaultTestDays = 30;

    /// <summary>
    /// Most test customers ranked by default: beyond it a seeded sample, whose metrics differ from all customers'
    /// by far less than any gap between methods worth reading, while ranking every item for each of a million
    /// customers would take the training run minutes.
    /// </summary>
    public const int DefaultMaxTestCustomers = EvaluationSplit.DefaultMaxTestCustomers;

    /// <summary>The split at last purchase − <paramref name="testDays"/> days.</summary>
    public static DateTime DefaultSplitTime(PurchaseHistory history, int testDays = DefaultTestDays) => history.LastTime.AddDays(-testDays);

    /// <summary>Builds the split; <paramref name="testUntil"/> bounds the test window (for validation splits inside the training period).</summary>
    public static EvaluationSplit Create(PurchaseHistory history, DateTime splitTime, DateTime? testUntil = null, int maxTestCustomers = DefaultMaxTestCustomers)
    {
        var until = testUntil ?? DateTime.MaxValue;
        var window = TrainingWindow.Before(history, splitTime);
        var train = InteractionMatrix.CustomerItems(history, DateTime.MinValue, splitTime);
        var test = InteractionMatrix.CustomerItems(history, splitTime, until);
        var (customers, relevant, eligible, repeatShare) = EvaluationSplit.NewItems(train, test, maxTestCustomers);
        return new EvaluationSplit(EvaluationProtocol.TimeSplit, window, splitTime, until, train, customers, relevant, eligible, InteractionMatrix.OrderItems(history, splitTime, until), repeatShare);
    }
}
