using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Loyalty.ML.Churn.Rescoring;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Benchmarks.Commands;

/// <summary>
/// <c>bench-events</c>: the in-process halves of the events benchmark (bench/events.sh runs the HTTP halves around it).
/// The bare store's write rate (SQLite, WAL, synchronous=FULL, batches of 100: the baseline for ingest through HTTP),
/// and the fold-in of one customer against a bundle's item factors, p50/p99 on one thread.
/// </summary>
internal static class BenchEventsCommand
{
    private const int BatchSize = 100;
    private const int ChurnRescorings = 2_000;

    public static Command Create()
    {
        var bundle = new Option<string>("--bundle") { Description = "A bundle folder for the fold-in.", DefaultValueFactory = _ => "models/current" };
        var lines = new Option<int>("--lines") { DefaultValueFactory = _ => 100_000, Description = "Purchase lines written to the bare store." };
        var foldIns = new Option<int>("--fold-ins") { DefaultValueFactory = _ => 5_000, Description = "Customers folded in (timed one by one)." };
        var command = new Command("bench-events", "Benchmark the bare event store's write rate and the fold-in of one customer.") { bundle, lines, foldIns };
        command.SetAction(result => Run(result.GetRequiredValue(bundle), Math.Max(BatchSize, result.GetValue(lines)), Math.Max(1_000, result.GetValue(foldIns)), TimeProvider.System));
        return command;
    }

    private static int Run(string bundle, int lines, int foldIns, TimeProvider time)
    {
        // One timestamp for every benchmark line: the events are valid (not in the future) and their time plays no part in what is timed.
        var now = time.GetUtcNow();
        if (!Directory.Exists(bundle))
        {
            throw new ArgumentException($"no bundle at {bundle}: run ./train.sh first, or pass --bundle");
        }

        var recommender = AlsRecommender.LoadIfPresent(bundle) ?? throw new ArgumentException($"{bundle} has no recommender");
        var model = recommender.Model;
        var storeRate = StoreLinesPerSecond(model, lines, now);
        var solve = TimeFoldIns(recommender, foldIns, now, (customer, _) => recommender.RecalculateCustomer(HistoryOf(model, customer)));
        var fresh = TimeFoldIns(recommender, foldIns, now, (customer, purchase) => recommender.Recommend(model.Customers[customer], [purchase], new RecommendationQuery()));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            bare store: {storeRate:F0} lines/s ({lines:N0} lines in transactions of {BatchSize}, WAL, synchronous=FULL)
            fold-in, {model.Factors.Factors} factors, {foldIns:N0} customers, one thread: p50 {Percentile(solve, 0.5):F3} ms, p99 {Percentile(solve, 0.99):F3} ms, max {solve[^1]:F3} ms
            fresh personal top-10 (fold-in of one new line + ranking over {model.Items.Count:N0} items): p50 {Percentile(fresh, 0.5):F3} ms, p99 {Percentile(fresh, 0.99):F3} ms
            """));
        if (ChurnRescorer.LoadIfPresent(bundle) is { } churn)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var rescored = TimeFoldIns(recommender, ChurnRescorings, now, (customer, purchase) => churn.Rescore(model.Customers[customer], [purchase], today));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"churn re-score of one customer with one new line (features, model, reasons, CLV), {ChurnRescorings:N0} customers, one thread: p50 {Percentile(rescored, 0.5):F3} ms, p99 {Percentile(rescored, 0.99):F3} ms"));
        }

        return 0;
    }

    private static double StoreLinesPerSecond(RecommenderModel model, int lines, DateTimeOffset now)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"loyalty-bench-events-{Guid.NewGuid():N}");
        try
        {
            using var store = EventStore.Open(Path.Combine(folder, "events.db"));
            store.AppendPurchases([.. Enumerable.Range(0, BatchSize).Select(line => Purchase(model, $"warm-up-{line}", line, now))]);
            var clock = Stopwatch.StartNew();
            for (var start = 0; start < lines; start += BatchSize)
            {
                var batch = Enumerable.Range(start, Math.Min(BatchSize, lines - start))
                    .Select(line => Purchase(model, $"bench-{line}", line, now)).ToList();
                store.AppendPurchases(batch);
            }

            return lines / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static PurchaseEvent Purchase(RecommenderModel model, string eventId, int line, DateTimeOffset at) =>
        new(eventId, model.Customers[line % model.Customers.Count], model.Items[line % model.Items.Count], 1, 9.5, at, $"T-{line / 4}");

    // Each purchase day counts once, as the fit weighed a customer's history before decay.
    private static IEnumerable<(string ItemId, float Weight)> HistoryOf(RecommenderModel model, int customer)
    {
        var history = model.History;
        for (var entry = history.Start(customer); entry < history.End(customer); entry++)
        {
            yield return (model.Items[history.Items[entry]], history.Days[entry]);
        }
    }

    private static double[] TimeFoldIns(AlsRecommender recommender, int count, DateTimeOffset now, Action<int, PurchaseEvent> foldIn)
    {
        var model = recommender.Model;
        var random = new Random(7);
        for (var warmUp = 0; warmUp < 200; warmUp++)
        {
            var customer = random.Next(model.Customers.Count);
            foldIn(customer, Purchase(model, "warm-up", customer, now));
        }

        var elapsed = new double[count];
        for (var index = 0; index < count; index++)
        {
            var customer = random.Next(model.Customers.Count);
            var purchase = Purchase(model, $"fold-in-{index}", random.Next(model.Items.Count), now) with { CustomerId = model.Customers[customer] };
            var start = Stopwatch.GetTimestamp();
            foldIn(customer, purchase);
            elapsed[index] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(elapsed);
        return elapsed;
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
