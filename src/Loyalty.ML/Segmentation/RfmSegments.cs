namespace Loyalty.ML.Segmentation;

/// <summary>
/// The named RFM segments and the rule placing a customer in one, from the recency (R), frequency (F)
/// and monetary (M) scores, each 1–5 with 5 best. Rules are checked in this order; the first that
/// matches names the segment, and together they cover every combination:
/// <list type="table">
/// <item><term>champions</term><description>R ≥ 4, F ≥ 4 and M ≥ 4: bought recently, buy often and spend the most.</description></item>
/// <item><term>loyal</term><description>R ≥ 3 and F ≥ 4: buy often and not long ago.</description></item>
/// <item><term>potential_loyalists</term><description>R ≥ 4 and F 2–3: recent customers with a few orders.</description></item>
/// <item><term>new</term><description>R = 5 and F = 1: first order very recently.</description></item>
/// <item><term>promising</term><description>R = 4 and F = 1: one recent order.</description></item>
/// <item><term>need_attention</term><description>R = 3 and F = 3: average recency and frequency.</description></item>
/// <item><term>about_to_sleep</term><description>R = 3 and F ≤ 2: few orders, getting quiet.</description></item>
/// <item><term>cant_lose</term><description>R ≤ 2, F ≥ 4 and M ≥ 4: were among the best, gone quiet.</description></item>
/// <item><term>at_risk</term><description>R ≤ 2 and F ≥ 3: bought often, not for a long time.</description></item>
/// <item><term>hibernating</term><description>R = 2 and F ≤ 2: few orders, long ago.</description></item>
/// <item><term>lost</term><description>R = 1 and F ≤ 2: few orders, longest ago.</description></item>
/// </list>
/// </summary>
internal static class RfmSegments
{
    /// <summary>R ≥ 4, F ≥ 4, M ≥ 4.</summary>
    public const string Champions = "champions";

    /// <summary>R ≥ 3, F ≥ 4 (not champions).</summary>
    public const string Loyal = "loyal";

    /// <summary>R ≥ 4, F 2–3.</summary>
    public const string PotentialLoyalists = "potential_loyalists";

    /// <summary>R = 5, F = 1.</summary>
    public const string New = "new";

    /// <summary>R = 4, F = 1.</summary>
    public const string Promising = "promising";

    /// <summary>R = 3, F = 3.</summary>
    public const string NeedAttention = "need_attention";

    /// <summary>R = 3, F ≤ 2.</summary>
    public const string AboutToSleep = "about_to_sleep";

    /// <summary>R ≤ 2, F ≥ 4, M ≥ 4.</summary>
    public const string CantLose = "cant_lose";

    /// <summary>R ≤ 2, F ≥ 3 (not can't lose).</summary>
    public const string AtRisk = "at_risk";

    /// <summary>R = 2, F ≤ 2.</summary>
    public const string Hibernating = "hibernating";

    /// <summary>R = 1, F ≤ 2.</summary>
    public const string Lost = "lost";

    /// <summary>Every segment, best first.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Champions, Loyal, PotentialLoyalists, New, Promising, NeedAttention, AboutToSleep, CantLose, AtRisk, Hibernating, Lost];

    /// <summary>The segment of a customer with scores <paramref name="r"/>, <paramref name="f"/>, <paramref name="m"/> (each 1–5).</summary>
    public static string Of(int r, int f, int m)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Math.Min(r, Math.Min(f, m)), 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Max(r, Math.Max(f, m)), QuintileScorer.Bands);
        return (r, f, m) switch
        {
            ( >= 4, >= 4, >= 4) => Champions,
            ( >= 3, >= 4, _) => Loyal,
            ( >= 4, >= 2, _) => PotentialLoyalists,
            (5, _, _) => New,
            (4, _, _) => Promising,
            (3, 3, _) => NeedAttention,
            (3, _, _) => AboutToSleep,
            (_, >= 4, >= 4) => CantLose,
            (_, >= 3, _) => AtRisk,
            (2, _, _) => Hibernating,
            _ => Lost,
        };
    }
}
