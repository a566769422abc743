namespace Loyalty.ML.Api.Options;

/// <summary>Switches on the endpoints only the benchmark uses (the bare baseline, the runtime counters); off in every normal run.</summary>
internal sealed class BenchmarkOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Benchmark";

    /// <summary>Maps <c>GET /bench/runtime</c>, and <c>GET /bench/redis-get</c> when Redis is configured.</summary>
    public bool Enabled { get; set; }
}
