namespace Loyalty.ML.Api.Options;

/// <summary>Switches on the bare baseline endpoint the benchmark compares against; off in every normal run.</summary>
internal sealed class BenchmarkOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Benchmark";

    /// <summary>Maps <c>GET /bench/redis-get</c>.</summary>
    public bool Enabled { get; set; }
}
