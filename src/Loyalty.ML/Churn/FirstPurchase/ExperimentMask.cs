using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn.FirstPurchase;

// TEMPORARY (experiment only, removed before the branch is final): LOYALTY_ONETIME_GROUPS=A,B,C,D keeps those groups.
internal static class ExperimentMask
{
    private static readonly Dictionary<char, ChurnFeature[]> Groups = new()
    {
        ['A'] = [ChurnFeature.CohortReturnChance],
        ['B'] = [ChurnFeature.FirstBasketReturnRate],
        ['C'] = [ChurnFeature.FirstPurchaseMonth, ChurnFeature.FirstPurchaseWeekday, ChurnFeature.FirstPurchaseDaysToPeak],
        ['D'] = [ChurnFeature.FirstBasketValue, ChurnFeature.FirstBasketItems, ChurnFeature.FirstBasketReturned],
        ['E'] = [ChurnFeature.ExperimentCohortRatio],
        ['F'] = [ChurnFeature.ExperimentFirstBasketMaxRate],
    };

    public static void Apply(ChurnSnapshot snapshot)
    {
        var kept = Environment.GetEnvironmentVariable("LOYALTY_ONETIME_GROUPS");
        if (kept is null)
        {
            return;
        }

        foreach (var (group, features) in Groups)
        {
            if (kept.Contains(group, StringComparison.Ordinal))
            {
                continue;
            }

            for (var row = 0; row < snapshot.Count; row++)
            {
                foreach (var feature in features)
                {
                    snapshot[row, feature] = 0;
                }
            }
        }
    }
}
