using Loyalty.ML.Core;

namespace Loyalty.ML.SampleData.Tests;

/// <summary>
/// The sample exists to train models on, so its signals must be learnable: personal taste and
/// co-purchases beat popularity, and recency separates churned customers from active ones.
/// </summary>
public sealed class SampleDataSignalTests
{
    private static readonly (PurchaseHistory History, IReadOnlyList<SampleCustomer> Customers) Sample =
        SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 1_500, Items = 300, Lines = 40_000 });

    [Fact]
    public void GenerateHistory_CoPurchaseNeighbours_FindNewPurchasesMoreOftenThanPopularity()
    {
        var history = Sample.History;
        var cutoff = history.LastTime.AddDays(-60);
        var before = new Dictionary<int, HashSet<int>>();
        var after = new Dictionary<int, HashSet<int>>();
        var lines = history.Purchases;
        for (var line = 0; line < lines.Count; line++)
        {
            var target = lines.Time[line] < cutoff ? before : after;
            (target.TryGetValue(lines.Customer[line], out var set) ? set : target[lines.Customer[line]] = []).Add(lines.Item[line]);
        }

        var popularity = new int[history.Items.Count];
        var together = new Dictionary<(int, int), int>();
        foreach (var items in before.Values)
        {
            foreach (var a in items)
            {
                popularity[a]++;
                foreach (var b in items.Where(b => b != a))
                {
                    together[(a, b)] = together.GetValueOrDefault((a, b)) + 1;
                }
            }
        }

        var popular = Enumerable.Range(0, popularity.Length).OrderByDescending(item => popularity[item]).ToList();
        var (popularityHits, neighbourHits, customers) = (0, 0, 0);
        foreach (var (customer, bought) in after)
        {
            if (!before.TryGetValue(customer, out var known) || !bought.Except(known).Any())
            {
                continue;
            }

            var fresh = bought.Except(known).ToHashSet();
            customers++;
            popularityHits += popular.Where(item => !known.Contains(item)).Take(10).Any(fresh.Contains) ? 1 : 0;
            var neighbours = together.Where(pair => known.Contains(pair.Key.Item1) && !known.Contains(pair.Key.Item2))
                .GroupBy(pair => pair.Key.Item2)
                .OrderByDescending(group => group.Sum(pair => pair.Value / Math.Sqrt((double)popularity[pair.Key.Item1] * popularity[pair.Key.Item2])))
                .Take(10);
            neighbourHits += neighbours.Any(group => fresh.Contains(group.Key)) ? 1 : 0;
        }

        Assert.True(customers > 200, $"only {customers} customers to evaluate");
        Assert.True(neighbourHits > 1.2 * popularityHits, $"neighbours {neighbourHits} vs popularity {popularityHits} of {customers}");
    }

    [Fact]
    public void GenerateHistory_ChurnedCustomers_HaveLongerRecencyThanActiveOnes()
    {
        var history = Sample.History;
        var last = new DateTime[history.Customers.Count];
        for (var line = 0; line < history.Purchases.Count; line++)
        {
            var customer = history.Purchases.Customer[line];
            last[customer] = history.Purchases.Time[line] > last[customer] ? history.Purchases.Time[line] : last[customer];
        }

        double MedianRecency(SampleLifecycle lifecycle)
        {
            var recencies = Sample.Customers.Where(customer => customer.Lifecycle == lifecycle)
                .Select(customer => history.Customers.TryGetIndex(customer.CustomerId, out var index) ? (history.LastTime - last[index]).TotalDays : double.NaN)
                .Order()
                .ToList();
            return recencies[recencies.Count / 2];
        }

        var (active, churned) = (MedianRecency(SampleLifecycle.Active), MedianRecency(SampleLifecycle.Churned));
        Assert.True(churned > 3 * active, $"median recency churned {churned:F0} days vs active {active:F0} days");
    }
}
