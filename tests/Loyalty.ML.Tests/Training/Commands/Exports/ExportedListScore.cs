using System.Globalization;
using Loyalty.ML.SampleData.Tests;

namespace Loyalty.ML.Tests.Training.Commands.Exports;

/// <summary>
/// Scores an export of personal top-K from outside, as <c>shared/tools/served_eval.py</c> does on Online Retail: for
/// each customer who bought before <c>split</c> and bought new items after it, NDCG, recall and hit of the exported
/// list against those new items. Reads the sample's CSV plainly, not through the product's loader.
/// </summary>
internal sealed record ExportedListScore(double Ndcg, double Recall, double HitRate, int Customers)
{
    public static ExportedListScore Of(string transactionsCsv, string exportCsv, DateTime split, int k = 10)
    {
        var (before, after) = ItemsAround(SampleCsv.Read(transactionsCsv), split);
        var lists = SampleCsv.Read(exportCsv).Rows
            .GroupBy(row => row[0])
            .ToDictionary(group => group.Key, group => group.OrderBy(row => int.Parse(row[1], CultureInfo.InvariantCulture)).Select(row => row[2]).Take(k).ToList());
        double ndcg = 0, recall = 0, hits = 0;
        var customers = 0;
        foreach (var (customer, bought) in after)
        {
            if (!before.TryGetValue(customer, out var known) || bought.Except(known).ToHashSet() is not { Count: > 0 } fresh)
            {
                continue;
            }

            customers++;
            var top = lists.GetValueOrDefault(customer) ?? [];
            var found = top.Select((item, rank) => fresh.Contains(item) ? 1 / Math.Log2(rank + 2) : 0).Sum();
            var ideal = Enumerable.Range(0, Math.Min(fresh.Count, k)).Sum(rank => 1 / Math.Log2(rank + 2));
            var hitCount = top.Count(fresh.Contains);
            ndcg += found / ideal;
            recall += (double)hitCount / fresh.Count;
            hits += hitCount > 0 ? 1 : 0;
        }

        return new ExportedListScore(ndcg / customers, recall / customers, hits / customers, customers);
    }

    private static (Dictionary<string, HashSet<string>> Before, Dictionary<string, HashSet<string>> After) ItemsAround(SampleCsv lines, DateTime split)
    {
        var (customer, item, time, quantity) = (lines.IndexOf("customer_id"), lines.IndexOf("item_id"), lines.IndexOf("timestamp"), lines.IndexOf("quantity"));
        var before = new Dictionary<string, HashSet<string>>();
        var after = new Dictionary<string, HashSet<string>>();
        foreach (var row in lines.Rows.Where(row => double.Parse(row[quantity], CultureInfo.InvariantCulture) > 0))
        {
            var side = DateTime.Parse(row[time], CultureInfo.InvariantCulture) < split ? before : after;
            if (!side.TryGetValue(row[customer], out var items))
            {
                side[row[customer]] = items = [];
            }

            items.Add(row[item]);
        }

        return (before, after);
    }
}
