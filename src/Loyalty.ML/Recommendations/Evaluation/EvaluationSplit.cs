using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// One evaluation's cut of the history (<see cref="TimeSplit"/> or <see cref="LastBasketSplit"/>): the fit's window,
/// what each customer bought in it (the interaction matrix every candidate of the evaluation shares), and the test
/// customers with their relevant items: those bought in the held-out part and never in the window.
/// </summary>
internal sealed class EvaluationSplit
{
    internal EvaluationSplit(EvaluationProtocol protocol, TrainingWindow window, DateTime splitTime, DateTime testUntil, CsrMatrix trainCounts, int[] testCustomers, int[][] relevant, int eligibleTestCustomers, CsrMatrix testOrders, double repeatShare, string? heldOut = null)
    {
        HeldOut = heldOut;
        RepeatShare = repeatShare;
        Protocol = protocol;
        Window = window;
        SplitTime = splitTime;
        TestUntil = testUntil;
        TrainCounts = trainCounts;
        TestCustomers = testCustomers;
        Relevant = relevant;
        EligibleTestCustomers = eligibleTestCustomers;
        TestOrders = testOrders;
        KnownItems = new bool[trainCounts.Columns];
        foreach (var item in trainCounts.Indices.AsSpan(0, trainCounts.NonZeros))
        {
            KnownItems[item] = true;
        }

        KnownItemCount = KnownItems.Count(known => known);
    }

    // A scored split's figures without its data (see Released).
    private EvaluationSplit(EvaluationSplit scored)
    {
        (Protocol, SplitTime, TestUntil, HeldOut, RepeatShare) = (scored.Protocol, scored.SplitTime, scored.TestUntil, scored.HeldOut, scored.RepeatShare);
        Window = scored.Window with { HeldOut = null };
        (TestCustomers, EligibleTestCustomers, KnownItems, KnownItemCount) = (scored.TestCustomers, scored.EligibleTestCustomers, scored.KnownItems, scored.KnownItemCount);
        TrainCounts = new CsrMatrix(0, scored.TrainCounts.Columns, [0], [], []);
        TestOrders = new CsrMatrix(0, scored.TestOrders.Columns, [0], [], []);
        Relevant = [];
        IsReleased = true;
    }

    /// <summary>How the purchases were held out.</summary>
    public EvaluationProtocol Protocol { get; }

    /// <summary>The lines the candidates are fitted on.</summary>
    public TrainingWindow Window { get; }

    /// <summary>Time split: training lines are before it, test lines at or after it. Last basket: the end of the lines considered.</summary>
    public DateTime SplitTime { get; }

    /// <summary>The lines before the window's end that the fit leaves out, described (the last baskets); null for a time split.</summary>
    public string? HeldOut { get; }

    /// <summary>Time split: end (exclusive) of the test window; <see cref="DateTime.MaxValue"/> when unbounded.</summary>
    public DateTime TestUntil { get; }

    /// <summary>Customer × item line counts of the window: the interaction matrix the candidates share.</summary>
    public CsrMatrix TrainCounts { get; }

    /// <summary>Test customers (a sample when there are more than asked for), in customer order.</summary>
    public int[] TestCustomers { get; }

    /// <summary>Every customer with at least one relevant item, before sampling.</summary>
    public int EligibleTestCustomers { get; }

    /// <summary>Relevant items per test customer (sorted), aligned with <see cref="TestCustomers"/>.</summary>
    public int[][] Relevant { get; }

    /// <summary>Order × item matrix of the held-out lines: the orders also-bought lists are scored on.</summary>
    public CsrMatrix TestOrders { get; }

    /// <summary>
    /// Share of the held-out (customer, item) pairs of customers with a history in the window whose item the customer
    /// had bought before: how much of what comes next is buying again, which personal lists (new items only) leave
    /// to the buy-again list.
    /// </summary>
    public double RepeatShare { get; }

    /// <summary>Items bought in the window: the only ones a model fitted on it can rank.</summary>
    public bool[] KnownItems { get; }

    /// <summary>Number of items bought in the window: the denominator of catalog coverage.</summary>
    public int KnownItemCount { get; }

    /// <summary>True for a <see cref="Released"/> split: its matrices and relevant items are empty, nothing ranks on it.</summary>
    public bool IsReleased { get; }

    /// <summary>
    /// The split as a scored evaluation keeps it: protocol, times, window bounds, customer counts and known items,
    /// without the interaction matrix, the held-out orders, the relevant items and the window's per-line hold-out (at
    /// a million customers about 150 MB, which would otherwise stay alive through every later fit).
    /// </summary>
    public EvaluationSplit Released() => IsReleased ? this : new EvaluationSplit(this);

    /// <summary>Most test customers ranked by default: beyond it a seeded sample (see <see cref="TimeSplit"/>).</summary>
    public const int DefaultMaxTestCustomers = 50_000;

    private const int SampleSeed = 42;

    /// <summary>Keeps the customers of <paramref name="test"/> with new items (bought there, never in <paramref name="train"/>), sampled to <paramref name="max"/>.</summary>
    internal static (int[] Customers, int[][] Relevant, int Eligible, double RepeatShare) NewItems(CsrMatrix train, CsrMatrix test, int max)
    {
        var customers = new List<int>();
        var relevant = new List<int[]>();
        long pairs = 0;
        for (var customer = 0; customer < train.Rows; customer++)
        {
            if (train.RowLength(customer) == 0 || test.RowLength(customer) == 0)
            {
                continue;
            }

            var fresh = new List<int>();
            pairs += test.RowLength(customer);
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

        var picked = Sample(customers.Count, max);
        var repeats = pairs - relevant.Sum(items => (long)items.Length);
        return ([.. picked.Select(index => customers[index])], [.. picked.Select(index => relevant[index])], customers.Count, pairs == 0 ? 0 : Math.Round((double)repeats / pairs, 4));
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
