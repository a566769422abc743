namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// Tests that read process-wide Prometheus metrics (one registry for every host in the test process): they run alone,
/// after the parallel tests, so another host's Redis cannot move a gauge they assert on.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessMetricsCollection
{
    /// <summary>Collection name.</summary>
    public const string Name = "process-metrics";
}
