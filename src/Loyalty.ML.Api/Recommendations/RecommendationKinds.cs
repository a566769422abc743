using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Api.Recommendations;

/// <summary>The <c>kind</c> argument's names.</summary>
internal static class RecommendationKinds
{
    private static readonly Dictionary<string, RecommendationKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["personal"] = RecommendationKind.Personal,
        ["cross-sell"] = RecommendationKind.CrossSell,
        ["up-sell"] = RecommendationKind.UpSell,
        ["buy-again"] = RecommendationKind.BuyAgain,
    };

    /// <summary>The names, for error messages.</summary>
    public static string Names { get; } = string.Join(", ", ByName.Keys);

    /// <summary>Parses a kind name.</summary>
    public static bool TryParse(string name, out RecommendationKind kind) => ByName.TryGetValue(name, out kind);

    /// <summary>The name of a kind.</summary>
    public static string Name(RecommendationKind kind) => kind switch
    {
        RecommendationKind.CrossSell => "cross-sell",
        RecommendationKind.UpSell => "up-sell",
        RecommendationKind.BuyAgain => "buy-again",
        _ => "personal",
    };
}
