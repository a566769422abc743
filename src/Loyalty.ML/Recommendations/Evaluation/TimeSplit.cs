using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// The evaluation split: train on lines before <see cref="SplitTime"/>, test on lines in
/// [<see cref="SplitTime"/>, <see cref="TestUntil"/>). Test customers bought on both sides; their relevant items
/// are those bought in the test window and never before the split.
/// </summary>
public sealed class TimeSplit
{
    private TimeSplit(DateTime splitTime, DateTime testUntil, CsrMatrix trainCounts, int[] testCustomers, int[][] relevant, bool[] knownItems, int eligibleTestCustomers)
    {
        EligibleTestCustomers = eligibleTestCustomers;
        SplitTime = splitTime;
        TestUntil = testUntil;
        TrainCounts = trainCounts;
        TestCustomers = testCustomers;
        Relevant = relevant;
        KnownItems = knownItems;
        KnownItemCount = knownItems.Count(known => known);
    }

    /// <summary>Default test window: the last 30 days.</summary>
    public const int DefaultTestDays = 30;

    /// <summary>
    /// Most test customers ranked by default: beyond it a seeded sample, whose metrics differ from all customers'
    /// by far less than any gap between methods worth reading, while ranking every item for each of a million
    /// customers would take the training run minutes.
    /// </summary>
    public const int DefaultMaxTestCustomers = 50_000;

    private const int SampleSeed = 42;

    /// <summary>Training lines are before this time, test lines at or after it.</summary>
    public DateTime SplitTime { get; }

    /// <summary>End (exclusive) of the test window; <see cref="DateTime.MaxValue"/> when unbounded.</summary>
    public DateTime TestUntil { get; }

    /// <summary>Customer × item line counts before the split.</summary>
    public CsrMatrix TrainCounts { get; }

    /// <summary>Customers with a purchase on both sides and at least one relevant item (a sample when there are more than asked for), in customer order.</summary>
    public int[] TestCustomers { get; }

    /// <summary>All customers with a purchase on both sides and at least one relevant item, before sampling.</summary>
    public int EligibleTestCustomers { get; }

    /// <summary>Relevant items per test customer (sorted), aligned with <see cref="TestCustomers"/>.</summary>
    public int[][] Relevant { get; }

    /// <summary>Items bought before the split: the only ones a model trained on the split can rank.</summary>
    public bool[] KnownItems { get; }

    /// <summary>Number of items bought before the split: the denominator of catalog coverage.</summary>
    public int KnownItemCount { get; }

    /// <summary>The split at last purchase − <paramref name="testDays"/> days.</summary>
    public static DateTime DefaultSplitTime(PurchaseHistory history, int testDays = DefaultTestDays) => history.LastTime.AddDays(-testDays);

    /// <summary>Builds the split; <paramref name="testUntil"/> bounds the test window (for validation splits inside the training period).</summary>
    public static TimeSplit Create(PurchaseHistory history, DateTime splitTime, DateTime? testUntil = null, int maxTestCustomers = DefaultMaxTestCustomers)
    {
        var until = testUntil ?? DateTime.MaxValue;
        var train = InteractionMatrix.CustomerItems(history, DateTime.MinValue, splitTime);
        var test = InteractionMatrix.CustomerItems(history, splitTime, until);
        var customers = new List<int>();
        var relevant = new List<int[]>();
        for (var customer = 0; customer < train.Rows; customer++)
        {
            if (train.RowLength(customer) == 0 || test.RowLength(customer) == 0)
            {
                continue;
            }

            var fresh = new List<int>();
            foreach (var item in test.RowIndices(customer))
            {
                if (!train.Contains(customer, item))
                {
                    fresh.Add(item);
                }
            }

            if (fresh.Count > 0)
            {
                customers.Add(customer);
                relevant.Add([.. fresh]);
            }
        }

        var known = new bool[train.Columns];
        foreach (var item in train.Indices.AsSpan(0, train.NonZeros))
        {
            known[item] = true;
        }

        var picked = Sample(customers.Count, maxTestCustomers);
        return new TimeSplit(splitTime, until, train, [.. picked.Select(index => customers[index])], [.. picked.Select(index => relevant[index])], known, customers.Count);
    }

    private static int[] Sample(int count, int max)
    {
        var indices = Enumerable.Range(0, count).ToArray();
        if (count <= max)
        {
            return indices;
        }

        new Random(SampleSeed).Shuffle(indices);
        var picked = indices[..max];
        Array.Sort(picked);
        return picked;
    }
}
