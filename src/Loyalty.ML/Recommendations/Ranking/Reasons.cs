using System.Globalization;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>Turns ranked item indexes into business-id answers with a short reason.</summary>
internal static class Reasons
{
    public static RecommendedItem ToAnswer(RecommenderModel model, RankedItem ranked, DateOnly? dueDate = null)
    {
        var seed = ranked.Source != AnswerSource.Cycle && ranked.Seed >= 0 ? model.Label(ranked.Seed) : null;
        var reason = ranked.Source switch
        {
            AnswerSource.CoOccurrence => $"bought with {seed}",
            AnswerSource.Similar => $"similar to {seed}",
            AnswerSource.Factors when seed is not null => $"because you bought {seed}",
            AnswerSource.Upgrade when seed is not null => UpSellPrice.PerUnit(model, ranked.Seed, ranked.Item)
                ? $"upgrade of {seed}, dearer per {UnitName(model, ranked.Item)}"
                : $"upgrade of {seed} (by list price: no unit size to compare per unit)",
            AnswerSource.Upgrade => "above your usual price",
            AnswerSource.Popular => "popular now",
            AnswerSource.Cycle => string.Create(CultureInfo.InvariantCulture, $"usually bought every {model.History.GapDays[ranked.Seed]:F0} days"),
            _ => null,
        };
        return new RecommendedItem(model.Items[ranked.Item], Math.Round(ranked.Score, 6), ranked.Filler ? $"filler: {reason ?? "popular now"}" : reason, dueDate);
    }

    private static string UnitName(RecommenderModel model, int item) => model.ItemUnit.Length > 0 && model.ItemUnit[item] is { } unit ? unit : "unit";
}
