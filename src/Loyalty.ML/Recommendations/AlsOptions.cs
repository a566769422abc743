namespace Loyalty.ML.Recommendations;

/// <summary>
/// Hyperparameters of implicit ALS. The defaults are the best found by <c>loyalty-train tune</c> on the Online Retail
/// validation split (train before test split − 30 days, validate on the 30 days up to the test split).
/// </summary>
public sealed record AlsOptions
{
    /// <summary>Latent factors per customer and item.</summary>
    public int Factors { get; init; } = 64;

    /// <summary>L2 regularization λ.</summary>
    public float Regularization { get; init; } = 30f;

    /// <summary>Confidence scale α.</summary>
    public float Alpha { get; init; } = 4f;

    /// <summary>Linear or log confidence.</summary>
    public ConfidenceScaling Confidence { get; init; } = ConfidenceScaling.Linear;

    /// <summary>ε of the log confidence.</summary>
    public float Epsilon { get; init; } = 1f;

    /// <summary>Alternating sweeps (customers then items).</summary>
    public int Iterations { get; init; } = 15;

    /// <summary>Conjugate-gradient steps per row and sweep (warm-started, so few suffice).</summary>
    public int CgSteps { get; init; } = 3;

    /// <summary>Seed of the factor initialisation.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Worker threads; results are identical for a seed whatever this is.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Half-life in days of a purchase's weight in the counts (0 = every purchase counts 1).</summary>
    public double RecencyHalfLifeDays { get; init; } = 30;

    /// <summary>Checks the values and names the first bad one.</summary>
    public void Validate()
    {
        if (Factors < 1 || Iterations < 1 || CgSteps < 1 || Threads < 1)
        {
            throw new ArgumentException($"ALS options: factors ({Factors}), iterations ({Iterations}), cg steps ({CgSteps}) and threads ({Threads}) must be at least 1.");
        }

        if (!(Regularization >= 0) || !(Alpha > 0) || !(Epsilon > 0) || !(RecencyHalfLifeDays >= 0))
        {
            throw new ArgumentException($"ALS options: regularization ({Regularization}) and half-life ({RecencyHalfLifeDays}) must be >= 0, alpha ({Alpha}) and epsilon ({Epsilon}) > 0.");
        }
    }
}
