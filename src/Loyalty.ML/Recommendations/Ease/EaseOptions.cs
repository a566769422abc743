namespace Loyalty.ML.Recommendations.Ease;

/// <summary>Settings of EASE (Steck 2019): the L2 penalty λ and the most items its dense item × item matrix covers.</summary>
public sealed record EaseOptions
{
    /// <summary>
    /// Most items modelled (the most bought ones), from the measured cost (README, "EASE size"): the dense item × item
    /// solve takes time cubic and memory quadratic in it, 10 CPU-seconds and 100 MB at 5,000 items, 76 s and 400 MB at
    /// 10,000, 615 s and 1.6 GB at 20,000, and a run fits it five times; beyond the limit the rest of the catalog is
    /// ranked by popularity below the modelled items.
    /// </summary>
    public const int DefaultMaxItems = 5_000;

    /// <summary>L2 penalty λ added to the diagonal of XᵀX.</summary>
    public float Lambda { get; init; } = 400f;

    /// <summary>Most items modelled; see <see cref="DefaultMaxItems"/>.</summary>
    public int MaxItems { get; init; } = DefaultMaxItems;

    /// <summary>Every setting out of range, described for the person who set it; empty when all are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Core.SettingsCheck.Require(problems, Lambda > 0 && float.IsFinite(Lambda), $"the EASE λ must be above 0, not {Lambda}");
        Core.SettingsCheck.Require(problems, MaxItems is >= 2 and <= 40_000, $"EASE's item limit must be 2–40,000, not {MaxItems}");
        return problems;
    }
}
