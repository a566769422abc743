using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations;

/// <summary>Everything the recommender step can be told; the defaults are the tuned ones.</summary>
public sealed record RecommenderOptions
{
    /// <summary>The matrix factorization.</summary>
    public AlsOptions Als { get; init; } = new();

    /// <summary>Days at the end of the history held out for evaluation.</summary>
    public int TestDays { get; init; } = 30;

    /// <summary>List length the metrics are computed at.</summary>
    public int K { get; init; } = 10;

    /// <summary>Co-occurrence neighbours kept per item for "also bought".</summary>
    public int AlsoBoughtNeighbors { get; init; } = 50;

    /// <summary>How order co-occurrence is scored.</summary>
    public CoOccurrenceMeasure AlsoBoughtMeasure { get; init; } = CoOccurrenceMeasure.Conditional;

    /// <summary>Half-life in days of the popularity used for unknown customers and items.</summary>
    public double PopularityHalfLifeDays { get; init; } = Popularity.DefaultHalfLifeDays;

    /// <summary>False to skip the time-split evaluation (benchmarks); the bundle then has no quality figures.</summary>
    public bool Evaluate { get; init; } = true;
}
