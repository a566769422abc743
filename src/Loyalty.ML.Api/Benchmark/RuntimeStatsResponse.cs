namespace Loyalty.ML.Api.Benchmark;

/// <summary>
/// Process-wide runtime counters the benchmark reads before and after a run, so it can report garbage
/// collections, GC pause time, allocation and CPU per request next to the latencies, and how much of that CPU went to
/// compiling code (methods the JIT compiled and the time it spent, on every thread) rather than to answering. The last
/// collection's promoted bytes and gen1's size and fragmentation after it show which state the collector is in: a gen1
/// mostly free space is what makes it condemn gen1 at every collection.
/// </summary>
public sealed record RuntimeStatsResponse(
    bool ServerGc,
    string LatencyMode,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    double GcPauseMilliseconds,
    long AllocatedBytes,
    long HeapBytes,
    double CpuMilliseconds,
    int ThreadPoolThreads,
    long ThreadPoolCompletedItems,
    long JitCompiledMethods,
    double JitMilliseconds,
    long LastGcPromotedBytes,
    long Gen1SizeAfterBytes,
    long Gen1FragmentationAfterBytes);
