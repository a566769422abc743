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

    /// <summary>Least orders a pair must share to count for <see cref="AlsoBoughtMethod.SignificantCoOccurrence"/>.</summary>
    public int AlsoBoughtMinSupport { get; init; } = 2;

    /// <summary>Orders added to an item's count in <see cref="AlsoBoughtMethod.SignificantCoOccurrence"/>'s c(i,j) / (n(i) + shrinkage).</summary>
    public double AlsoBoughtShrinkage { get; init; } = 10;

    /// <summary>Item-kNN neighbours kept per item for the item-kNN and blend candidates.</summary>
    public int ItemKnnNeighbors { get; init; } = 200;

    /// <summary>Weight of ALS in the ALS + item-kNN blend (0–1).</summary>
    public float BlendWeight { get; init; } = 0.5f;

    /// <summary>EASE's settings (personal and also-bought).</summary>
    public Ease.EaseOptions Ease { get; init; } = new();

    /// <summary>The personal candidate to serve, by name (<see cref="MethodNames.Personal"/>); null lets the evaluation choose among every candidate.</summary>
    public string? Personal { get; init; }

    /// <summary>The also-bought method to serve; null lets validation choose among every candidate.</summary>
    public AlsoBoughtMethod? AlsoBought { get; init; }

    /// <summary>When set, the run first searches ALS settings with it and trains with what the search keeps.</summary>
    public Tuning.TuningOptions? Tuning { get; init; }

    /// <summary>False to skip the time-split evaluation (benchmarks); the bundle then has no quality figures.</summary>
    public bool Evaluate { get; init; } = true;

    /// <summary>Every setting out of range, described for the person who set it; empty when all are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>(Als.Problems());
        problems.AddRange(Ease.Problems());
        Core.SettingsCheck.Require(problems, Personal is null || Candidates.PersonalCandidates.Find(Personal) is not null, $"the personal method must be one of {string.Join(", ", MethodNames.Personal)}, not '{Personal}'");
        Core.SettingsCheck.Require(problems, TestDays >= 1, $"test days must be at least 1, not {TestDays}");
        Core.SettingsCheck.Require(problems, K >= 1, $"k must be at least 1, not {K}");
        Core.SettingsCheck.Require(problems, AlsoBoughtNeighbors >= 1, $"also-bought neighbours must be at least 1, not {AlsoBoughtNeighbors}");
        Core.SettingsCheck.Require(problems, AlsoBoughtMinSupport >= 1, $"also-bought minimum support must be at least 1, not {AlsoBoughtMinSupport}");
        Core.SettingsCheck.Require(problems, AlsoBoughtShrinkage >= 0, $"also-bought shrinkage must be at least 0, not {AlsoBoughtShrinkage}");
        Core.SettingsCheck.Require(problems, ItemKnnNeighbors >= 1, $"item-kNN neighbours must be at least 1, not {ItemKnnNeighbors}");
        Core.SettingsCheck.Require(problems, BlendWeight is >= 0 and <= 1, $"the blend weight must be 0–1, not {BlendWeight}");
        Core.SettingsCheck.Require(problems, PopularityHalfLifeDays >= 0, $"the popularity half-life must be at least 0 days, not {PopularityHalfLifeDays}");
        return problems;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming every setting out of range.</summary>
    public void Validate() => Core.SettingsCheck.ThrowIfAny("recommender settings", Problems());
}
