using Loyalty.ML.Churn;

namespace Loyalty.ML.Api.Churn;

/// <summary>Pages through scores kept highest-first, so the order is stable across calls on one model and event state.</summary>
internal static class AtRiskPager
{
    /// <summary>The number of matching customers and the views on page <paramref name="page"/>.</summary>
    public static (int Total, IReadOnlyList<ChurnScoreView> Items) Page(ServedChurn churn, double minProbability, string? segment, int page, int pageSize)
    {
        var byRisk = churn.ByRisk;
        var eligible = CountAtLeast(byRisk, minProbability);
        var skip = (int)Math.Min((long)(page - 1) * pageSize, eligible);
        var items = new List<ChurnScoreView>(Math.Min(pageSize, eligible - skip));
        if (segment is null)
        {
            for (var index = skip; index < eligible && items.Count < pageSize; index++)
            {
                items.Add(churn.View(byRisk[index]));
            }

            return (eligible, items);
        }

        var total = 0;
        for (var index = 0; index < eligible; index++)
        {
            var score = byRisk[index];
            if (!string.Equals(churn.SegmentOf(score.CustomerId), segment, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (total >= skip && items.Count < pageSize)
            {
                items.Add(churn.View(score));
            }

            total++;
        }

        return (total, items);
    }

    private static int CountAtLeast(IReadOnlyList<ChurnScore> byRisk, double minProbability)
    {
        var low = 0;
        var high = byRisk.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (byRisk[middle].Probability >= minProbability)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
