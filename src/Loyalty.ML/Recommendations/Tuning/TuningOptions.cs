using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Tuning;

/// <summary>
/// The search over every candidate's settings: EASE's λ, item-kNN's neighbours, popularity's half-life, the blend
/// weight, and ALS's grid (factors up to 256, regularization over decades, α, confidence scaling, recency half-life,
/// iterations) of which <see cref="Trials"/> settings are drawn with <see cref="Seed"/>; and the time budget. The
/// same seed and trials give the same choice.
/// </summary>
public sealed record TuningOptions
{
    /// <summary>Latent factors tried.</summary>
    public IReadOnlyList<int> Factors { get; init; } = [32, 64, 128, 256];

    /// <summary>L2 regularization values tried, one per decade.</summary>
    public IReadOnlyList<float> Regularization { get; init; } = [0.3f, 3f, 30f, 300f];

    /// <summary>Confidence weights α tried.</summary>
    public IReadOnlyList<float> Alpha { get; init; } = [1f, 4f, 16f];

    /// <summary>Confidence scalings tried (linear α·count or log).</summary>
    public IReadOnlyList<ConfidenceScaling> Confidence { get; init; } = [ConfidenceScaling.Linear, ConfidenceScaling.Log];

    /// <summary>Recency half-lives tried, in days (0: no decay).</summary>
    public IReadOnlyList<double> HalfLifeDays { get; init; } = [0, 30, 90];

    /// <summary>ALS iteration counts tried.</summary>
    public IReadOnlyList<int> Iterations { get; init; } = [10, 15, 25];

    /// <summary>EASE λ values tried.</summary>
    public IReadOnlyList<float> EaseLambda { get; init; } = [50f, 150f, 400f, 1000f, 3000f];

    /// <summary>Item-kNN neighbour counts tried (also the blend's).</summary>
    public IReadOnlyList<int> ItemKnnNeighbors { get; init; } = [50, 200, 1000];

    /// <summary>Popularity half-lives tried, in days (0: every line counts alike).</summary>
    public IReadOnlyList<double> PopularityHalfLifeDays { get; init; } = [0, 7, 30, 90];

    /// <summary>ALS weights of the blend tried.</summary>
    public IReadOnlyList<float> BlendWeights { get; init; } = [0.25f, 0.5f, 0.75f];

    /// <summary>ALS settings of the grid tried, drawn without replacement (the whole grid when it is smaller).</summary>
    public int Trials { get; init; } = 8;

    /// <summary>Wall-clock budget; trials not started within it are skipped, and the result says so.</summary>
    public double BudgetMinutes { get; init; } = 10;

    /// <summary>Seed of the draw of settings.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Every setting of the grid, in a fixed order.</summary>
    public IEnumerable<AlsOptions> Grid(AlsOptions baseline) =>
        from factors in Factors
        from regularization in Regularization
        from alpha in Alpha
        from confidence in Confidence
        from halfLife in HalfLifeDays
        from iterations in Iterations
        select baseline with { Factors = factors, Regularization = regularization, Alpha = alpha, Confidence = confidence, RecencyHalfLifeDays = halfLife, Iterations = iterations };
}
