namespace Loyalty.ML.Training.Cli;

/// <summary>What <c>train.sh</c> runs itself rather than passing to the trainer: serving and the benchmarks. Listed in the root help with the trainer's commands.</summary>
internal static class ScriptCommands
{
    /// <summary>The flag that trains and then serves.</summary>
    public static readonly (string Name, string Description) Serve =
        ("--serve", "Train as train does, then start the API on http://127.0.0.1:5080: the dashboard at /dashboard, the API reference at /scalar (a local key with every scope is made in data/local/api-keys.env)");

    /// <summary>The benchmark commands, each measured against a baseline in the same run.</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> Benchmarks =
    [
        ("bench-load", "loading and validating a history, rows/s, against a bare scan of the same file"),
        ("bench-recs", "1M × 50k × 20M generated lines: load, ALS, publish, top-N p99, against SIMD dot-product throughput"),
        ("bench-churn", "churn features and scoring of 1M customers, BG/NBD fit, against one pass summing every line"),
        ("bench-ease", "EASE's item × item inverse by catalog size (time, CPU, memory), against MathNet's Cholesky at 1,000 items"),
        ("bench-experiment-coverage", "how often the champion/challenger comparison's 95% interval holds the true difference over data seeds, against the stated 95%"),
        ("bench-events", "fold-in and churn re-score of one customer against models/current, the bare event store's write rate (the HTTP half: src/Loyalty.ML.Api/bench/events.sh)"),
        ("bench-cache-layers", "both answer cache layers under wrk, against one Redis GET in the same process"),
        ("bench-faults", "two replicas on a Redis Cluster under load and faults (killed master, killed replica, new and corrupt model, staleness)"),
    ];
}
