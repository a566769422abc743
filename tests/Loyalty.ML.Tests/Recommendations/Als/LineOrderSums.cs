using Loyalty.ML.Core;
using Loyalty.ML.Recommendations;

namespace Loyalty.ML.Tests.Recommendations.Als;

/// <summary>Each customer's (item, summed weight) pairs, items ascending, every item's weights added in line order.</summary>
internal static class LineOrderSums
{
    public static SortedDictionary<int, float>[] CustomerItems(PurchaseHistory history, TrainingWindow window, double halfLifeDays)
    {
        var lines = history.Purchases;
        var rows = Enumerable.Range(0, history.Customers.Count).Select(_ => new SortedDictionary<int, float>()).ToArray();
        for (var line = 0; line < lines.Count; line++)
        {
            if (lines.Item[line] >= 0 && window.Contains(lines, line))
            {
                var row = rows[lines.Customer[line]];
                row[lines.Item[line]] = row.GetValueOrDefault(lines.Item[line]) + (float)window.Weight(lines.Time[line], halfLifeDays);
            }
        }

        return rows;
    }
}
