using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Loyalty.ML.SampleData;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Recommendations.Answers;
using Loyalty.ML.Recommendations.Storage;

namespace Loyalty.ML.Benchmarks.Commands;

/// <summary>
/// <c>bench-recs</c>: history from the sample generator (in memory, no CSV round trip) → train (ALS, also-bought, popularity, histories; no evaluation) → publish
/// into a scratch registry → load → personal top-N latency. Prints wall times, peak memory, ALS GFLOP/s against a
/// SIMD dot-product throughput and one core's fused multiply-add peak measured in the same run, and top-N p50/p99 on one thread.
/// </summary>
internal static class BenchRecsCommand
{
    public static Command Create()
    {
        var customers = new Option<int>("--customers") { DefaultValueFactory = _ => 1_000_000, Description = "Generated customers." };
        var items = new Option<int>("--items") { DefaultValueFactory = _ => 50_000, Description = "Generated items." };
        var lines = new Option<long>("--lines") { DefaultValueFactory = _ => 20_000_000, Description = "Generated purchase lines." };
        var factors = new Option<int>("--factors") { DefaultValueFactory = _ => 64, Description = "ALS factors." };
        var iterations = new Option<int>("--iterations") { DefaultValueFactory = _ => 15, Description = "ALS iterations." };
        var queries = new Option<int>("--queries") { DefaultValueFactory = _ => 2000, Description = "Top-N queries timed." };
        var command = new Command("bench-recs", "Benchmark the recommender end to end on generated data.") { customers, items, lines, factors, iterations, queries };
        command.SetAction(result => Run(
            result.GetValue(customers), result.GetValue(items), result.GetValue(lines), result.GetValue(factors), result.GetValue(iterations), result.GetValue(queries)));
        return command;
    }

    private static int Run(int customers, int items, long lines, int factors, int iterations, int queries)
    {
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = customers, Items = items, Lines = lines }).History;
        Print($"load (sample generator straight into the history builder): {history.Purchases.Count:N0} lines, {history.Customers.Count:N0} customers, {history.Items.Count:N0} items", clock);

        var root = Path.Combine(Path.GetTempPath(), $"loyalty-bench-{Guid.NewGuid():N}");
        try
        {
            var registry = new ModelRegistry(root);
            var options = new RecommenderOptions { Evaluate = false, Als = new AlsOptions { Factors = factors, Iterations = iterations } };
            using var writer = BundleWriter.Begin(registry, "bench");
            var (model, stats) = RecommenderTrainer.Fit(history, options, ModelChoice.Default, TrainingWindow.Whole(history));
            Print($"train: ALS {stats.Elapsed.TotalSeconds:F1}s ({iterations} iterations, {factors} factors, {options.Als.Threads} threads)", clock);
            RecommenderModelFile.Write(writer.PathOf(RecommenderModelFile.FileName), model);
            File.WriteAllText(writer.PathOf(BundleFiles.Metrics), "{}");
            writer.PublishNow(TimeProvider.System, [], new Dictionary<string, long> { ["purchases"] = history.Purchases.Count }, []);
            Print("publish", clock);
            var endToEnd = total.Elapsed;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;

            var dot = DotThroughput.Measure(model.Factors.Items, factors, options.Als.Threads, TimeSpan.FromSeconds(2));
            var peak = FmaPeak.Measure();
            var recommender = ModelRecommender.LoadIfPresent(registry.PathOf("bench")) ?? throw new InvalidOperationException("bundle has no recommender");
            Print("load bundle for serving", clock);
            var latencies = TimeTopN(recommender, queries);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                end to end (load -> train -> publish): {endToEnd.TotalSeconds:F1}s wall, {cpu.TotalSeconds:F1}s CPU over {Environment.ProcessorCount} cores (the machine is shared: wall > CPU / cores means waiting for a core)
                peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F2} GB
                ALS: {stats.FloatingPointOperations / 1e9:F0} GFLOP in {stats.Elapsed.TotalSeconds:F1}s wall = {stats.GigaflopsPerSecond:F2} GFLOP/s; SIMD dot (k={factors}, {options.Als.Threads} threads) {dot.Wall:F2} GFLOP/s; ratio {stats.GigaflopsPerSecond / dot.Wall:F2}
                per CPU-second: ALS {stats.GigaflopsPerCpuSecond:F2}, SIMD dot {dot.Cpu:F2}; ratio {stats.GigaflopsPerCpuSecond / dot.Cpu:F2}
                one core's fused multiply-add peak: {peak:F1} GFLOP per CPU-second; ALS at {stats.GigaflopsPerCpuSecond / peak:P0} of it
                top-10 over {items:N0} items, one thread, {queries} customers: wall p50 {Percentile(latencies.Wall, 0.5):F3} ms, p99 {Percentile(latencies.Wall, 0.99):F3} ms; thread CPU p50 {Percentile(latencies.Cpu, 0.5):F3} ms, p99 {Percentile(latencies.Cpu, 0.99):F3} ms
                """));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static (double[] Wall, double[] Cpu) TimeTopN(ModelRecommender recommender, int queries)
    {
        var customers = recommender.Model.Customers.Ids;
        var random = new Random(11);
        var query = new RecommendationQuery(10);
        for (var warmup = 0; warmup < 200; warmup++)
        {
            recommender.Recommend(customers[random.Next(customers.Count)], query);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var wall = new double[queries];
        var cpu = new double[queries];
        for (var index = 0; index < queries; index++)
        {
            var id = customers[random.Next(customers.Count)];
            var cpuStart = ThreadCpuClock.Milliseconds();
            var start = Stopwatch.GetTimestamp();
            recommender.Recommend(id, query);
            wall[index] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[index] = ThreadCpuClock.Milliseconds() - cpuStart;
        }

        Array.Sort(wall);
        Array.Sort(cpu);
        return (wall, cpu);
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private static void Print(string what, Stopwatch clock)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,7:F1}s] {what}"));
        clock.Restart();
    }
}
