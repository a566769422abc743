using Loyalty.ML.Core;
using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.SampleData.Campaigns;
using Loyalty.ML.SampleData.Output;
using Loyalty.ML.SampleData.Simulation;

namespace Loyalty.ML.SampleData;

/// <summary>
/// Generates a realistic, deterministic purchase history (see <see cref="SampleDataOptions"/>): the
/// catalog, then customer by customer their orders, so memory holds per-item state, eight bytes per
/// customer for sizing and one customer's state at a time, never the lines. A first pass over the customers' lifecycles sizes the order rate so the line count
/// lands near <see cref="SampleDataOptions.Lines"/>.
/// </summary>
public static class SampleDataGenerator
{
    private const int ProgressEvery = 10_000;
    private const string Step = "generate";

    /// <summary>Writes the sample files into <paramref name="directory"/>, replacing any there only once all are complete.</summary>
    public static SampleDataSummary Generate(SampleDataOptions options, string directory, IProgress<TrainingProgress>? progress = null)
    {
        options.Validate();
        var ids = new SampleIds(options.Customers, options.Items);
        using var sink = new CsvSampleSink(directory, ids);
        var summary = Generate(options, ids, sink, progress);
        sink.Commit();
        var assignments = Path.Combine(directory, CampaignAssignmentFile.FileName);
        File.Delete(assignments);
        if (summary.Campaign is { } campaign)
        {
            CampaignAssignmentFile.Append(assignments, campaign.Assignments);
        }

        return summary;
    }

    /// <summary>Generates the history in memory, with each customer's ground truth, for tests and experiments.</summary>
    public static (PurchaseHistory History, IReadOnlyList<SampleCustomer> Customers) GenerateHistory(SampleDataOptions options)
    {
        options.Validate();
        var ids = new SampleIds(options.Customers, options.Items);
        var sink = new HistorySampleSink(ids);
        Generate(options, ids, sink, progress: null);
        return (sink.Builder.Build(), sink.Customers);
    }

    /// <summary>
    /// Generates the history in memory and cuts off its last <paramref name="futureDays"/> days as the future: the model
    /// trains on what comes before, and the simulator knows what each customer buys after.
    /// </summary>
    public static SampleFuture GenerateWithFuture(SampleDataOptions options, int futureDays)
    {
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(futureDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(futureDays, options.Days);
        var ids = new SampleIds(options.Customers, options.Items);
        var history = new HistorySampleSink(ids);
        var cutoff = options.End.AddDays(-futureDays);
        var split = new FutureSplitSink(history, ids, cutoff);
        Generate(options, ids, split, progress: null);
        return new SampleFuture(history.Builder.Build(), split.Future, new DateTimeOffset(DateTime.SpecifyKind(cutoff, DateTimeKind.Utc)));
    }

    /// <summary>Generates the history in memory with the campaign of <see cref="SampleDataOptions.Campaign"/> and what it truly did.</summary>
    internal static (PurchaseHistory History, SampleCampaignOutcome Campaign) GenerateCampaignHistory(SampleDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Campaign, nameof(options));
        options.Validate();
        var ids = new SampleIds(options.Customers, options.Items);
        var sink = new HistorySampleSink(ids);
        var summary = Generate(options, ids, sink, progress: null);
        return (sink.Builder.Build(), summary.Campaign!);
    }

    /// <summary>The lifecycle as written in ground_truth.csv.</summary>
    internal static string LifecycleName(SampleLifecycle lifecycle) => lifecycle switch
    {
        SampleLifecycle.Active => "active",
        SampleLifecycle.Lapsing => "lapsing",
        _ => "churned",
    };

    private static SampleDataSummary Generate(SampleDataOptions options, SampleIds ids, ISampleSink sink, IProgress<TrainingProgress>? progress)
    {
        var catalog = new SampleCatalog(options.Items, options.Seed);
        var itemByNumber = new int[catalog.Count + 1];
        for (var item = 0; item < catalog.Count; item++)
        {
            itemByNumber[catalog.NumberOf[item]] = item;
        }

        for (var number = 1; number <= catalog.Count; number++)
        {
            var item = itemByNumber[number];
            sink.AddItem(ids.Item(number), catalog.NameOf(item), catalog.CategoryNames[catalog.Category[item]], catalog.PriceCents[item]);
        }

        var linesPerDay = LinesPerDay(options);
        var campaign = options.Campaign is { } played ? new CampaignSimulator(played, options) : null;
        var simulator = new CustomerSimulator(options, catalog, ids, campaign);
        var dense = new DenseSimulator(options, catalog, ids);
        var lifecycles = new int[3];
        for (var customer = 0; customer < options.Customers; customer++)
        {
            var profile = options.IsDense ? dense.Simulate(customer, sink) : simulator.Simulate(customer, linesPerDay, sink);
            lifecycles[(int)profile.Lifecycle]++;
            if (customer % ProgressEvery == 0)
            {
                progress?.Report(new TrainingProgress(Step, (double)customer / options.Customers, $"{customer:N0} of {options.Customers:N0} customers"));
            }
        }

        progress?.Report(new TrainingProgress(Step, 1, $"{simulator.PurchaseLines + dense.PurchaseLines + simulator.ReturnLines:N0} lines"));
        return new SampleDataSummary(
            options.Customers, catalog.Count, catalog.CategoryCount, simulator.Orders + dense.Orders, simulator.PurchaseLines + dense.PurchaseLines, simulator.ReturnLines,
            lifecycles[(int)SampleLifecycle.Active], lifecycles[(int)SampleLifecycle.Lapsing], lifecycles[(int)SampleLifecycle.Churned],
            campaign?.Outcome());
    }

    /// <summary>
    /// The lines per day of unit weight that make the expected order count, Σ max(1, rate · weight · days / basket)
    /// (every customer places at least their first order), meet the target; found by bisection.
    /// </summary>
    private static double LinesPerDay(SampleDataOptions options)
    {
        var activity = new double[options.Customers];
        var total = 0.0;
        for (var customer = 0; customer < options.Customers; customer++)
        {
            var random = CustomerSimulator.RandomFor(options.Seed, customer);
            var plan = CustomerPlan.Draw(ref random, options.Days);
            activity[customer] = plan.Weight * plan.EffectiveDays / options.MeanBasket;
            total += activity[customer];
        }

        var targetOrders = options.Lines / options.MeanBasket;
        if (targetOrders <= options.Customers || total <= 0)
        {
            return 0;
        }

        var (low, high) = (0.0, targetOrders / total);
        for (var step = 0; step < 40; step++)
        {
            var middle = (low + high) / 2;
            var orders = 0.0;
            foreach (var value in activity)
            {
                orders += Math.Max(1, middle * value);
            }

            (low, high) = orders < targetOrders ? (middle, high) : (low, middle);
        }

        return (low + high) / 2;
    }
}
