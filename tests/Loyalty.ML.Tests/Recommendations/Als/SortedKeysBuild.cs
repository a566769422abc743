using Loyalty.ML.Core;
using Loyalty.ML.Recommendations;

namespace Loyalty.ML.Tests.Recommendations.Als;

/// <summary>
/// The interaction matrix as it was built before the row-grouped build: every selected line's (row, item) key and
/// weight sorted together by <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[])"/>, equal keys summed in the order
/// that sort left them. Kept to show the new build keeps its rows, columns and counts.
/// </summary>
internal static class SortedKeysBuild
{
    public static (int[] Offsets, int[] Indices, float[] Values) CustomerItems(PurchaseHistory history, TrainingWindow window, double halfLifeDays)
    {
        var lines = history.Purchases;
        var selected = Enumerable.Range(0, lines.Count).Where(line => lines.Item[line] >= 0 && window.Contains(lines, line)).ToArray();
        var keys = selected.Select(line => ((long)lines.Customer[line] << 32) | (uint)lines.Item[line]).ToArray();
        var weights = selected.Select(line => (float)window.Weight(lines.Time[line], halfLifeDays)).ToArray();
        Array.Sort(keys, weights);
        var offsets = new int[history.Customers.Count + 1];
        var indices = new List<int>();
        var values = new List<float>();
        for (var index = 0; index < keys.Length; index++)
        {
            if (index == 0 || keys[index] != keys[index - 1])
            {
                indices.Add((int)(keys[index] & 0xFFFFFFFF));
                values.Add(0f);
                offsets[(int)(keys[index] >> 32) + 1]++;
            }

            values[^1] += weights[index];
        }

        for (var row = 0; row < history.Customers.Count; row++)
        {
            offsets[row + 1] += offsets[row];
        }

        return (offsets, indices.ToArray(), values.ToArray());
    }
}
