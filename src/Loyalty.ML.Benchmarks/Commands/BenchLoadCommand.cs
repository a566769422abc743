using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Loyalty.ML.Data;
using Loyalty.ML.Data.Mapping;

namespace Loyalty.ML.Benchmarks.Commands;

/// <summary>
/// <c>bench-load</c>: loads a transactions file with the full loader (parse, validate, intern, build) and
/// compares it with a bare scan of the same file by the same reader, measured in the same run. Prints
/// wall and CPU rows/s (CPU time is steadier on a shared machine) and the loader/scan ratio.
/// </summary>
internal static class BenchLoadCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Transactions file (CSV, CSV.GZ or Parquet) or a data folder.", Required = true };
        var mapping = new Option<string?>("--mapping") { Description = "Column mapping (JSON); default: the sample format." };
        var repeat = new Option<int>("--repeat") { DefaultValueFactory = _ => 3, Description = "Runs of each measurement; the best is reported." };
        var command = new Command("bench-load", "Benchmark loading purchase history against a bare scan of the same file.") { data, mapping, repeat };
        command.SetAction(result => Run(result.GetRequiredValue(data), result.GetValue(mapping), Math.Max(1, result.GetValue(repeat))));
        return command;
    }

    private static int Run(string data, string? mappingPath, int repeat)
    {
        var sources = Directory.Exists(data) ? DataSources.FromFolder(data) : new DataSources(data);
        sources = new DataSources(sources.Transactions, Mapping: mappingPath ?? sources.Mapping);
        var format = ColumnMappingLoader.Load(sources.Mapping).Transactions.Format;
        Measurement? scan = null;
        Measurement? load = null;
        DataReport? report = null;
        for (var run = 0; run < repeat; run++)
        {
            scan = Best(scan, Measure(() => CsvScanThroughput.Scan(sources.Transactions, format)));
            load = Best(load, Measure(() =>
            {
                report = PurchaseHistoryLoader.Load(sources, LoadOptions.Default).Report;
                return report.RowsRead;
            }));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            file: {sources.Transactions} ({new FileInfo(sources.Transactions).Length / 1e6:F1} MB), best of {repeat}
            scan (read every field, no parsing): {scan!.Describe()}
            load (parse, validate, intern, build, fingerprint): {load!.Describe()}
            load / scan time: wall {load.Wall / scan.Wall:F2}x, CPU {load.Cpu / scan.Cpu:F2}x
            rows: {report!.RowsRead:N0} read, {report.RowsAccepted:N0} accepted, {report.RowsExcluded:N0} excluded, {report.RowsMalformed:N0} malformed
            peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB
            """));
        return 0;
    }

    private static Measurement Measure(Func<long> work)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var rows = work();
        return new Measurement(rows, clock.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds,
            (GC.GetTotalAllocatedBytes() - allocated) / 1e6, GC.CollectionCount(0) - collections);
    }

    private static Measurement Best(Measurement? best, Measurement next) => best is null || next.Wall < best.Wall ? next : best;

    private sealed record Measurement(long Rows, double Wall, double Cpu, double AllocatedMegabytes, int Collections)
    {
        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"{Rows / Wall / 1e6:F2}M rows/s wall ({Wall:F2}s), {Rows / Cpu / 1e6:F2}M rows/s CPU ({Cpu:F2}s), {AllocatedMegabytes:F0} MB allocated, {Collections} GCs");
    }
}
