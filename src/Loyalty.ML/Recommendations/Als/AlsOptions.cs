using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Als;

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

    /// <summary>Every setting out of range, described for the person who set it; empty when all are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        SettingsCheck.Require(problems, Factors >= 1, $"factors must be at least 1, not {Factors}");
        SettingsCheck.Require(problems, Iterations >= 1, $"iterations must be at least 1, not {Iterations}");
        SettingsCheck.Require(problems, CgSteps >= 1, $"conjugate-gradient steps must be at least 1, not {CgSteps}");
        SettingsCheck.Require(problems, Threads >= 1, $"threads must be at least 1, not {Threads}");
        SettingsCheck.Require(problems, Regularization >= 0, $"regularization must be at least 0, not {Regularization}");
        SettingsCheck.Require(problems, Alpha > 0, $"alpha must be above 0, not {Alpha}");
        SettingsCheck.Require(problems, Epsilon > 0, $"epsilon must be above 0, not {Epsilon}");
        SettingsCheck.Require(problems, RecencyHalfLifeDays >= 0, $"the recency half-life must be at least 0 days, not {RecencyHalfLifeDays}");
        return problems;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming every setting out of range.</summary>
    public void Validate() => SettingsCheck.ThrowIfAny("ALS options", Problems());
}
