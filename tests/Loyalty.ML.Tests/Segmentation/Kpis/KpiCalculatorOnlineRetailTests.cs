using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Loyalty.ML.Data;
using Loyalty.ML.Segmentation;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Tests.Segmentation.Kpis;

/// <summary>
/// KPIs on the real Online Retail file, loaded with the shipped mapping, against figures computed here
/// straight from the raw CSV with the mapping's rules re-stated: a customer id, not a cancellation
/// (invoice starting with C or negative quantity), a product code, positive quantity and price.
/// </summary>
public sealed partial class KpiCalculatorOnlineRetailTests
{
    private static readonly HashSet<string> NonProducts = ["POST", "DOT", "M", "m", "C2", "D", "S", "B", "BANK CHARGES", "AMAZONFEE", "CRUK", "PADS"];

    [Fact]
    public void Compute_OnlineRetail_MatchesFiguresComputedFromTheRawFile()
    {
        var expected = RawFigures();
        var history = PurchaseHistoryLoader.Load(
            new DataSources(RepositoryPaths.OnlineRetail, Mapping: Path.Combine(RepositoryPaths.Root, "data", "mappings", "online-retail.json")),
            LoadOptions.Default).History;

        var kpis = KpiCalculator.Compute(history);

        Assert.InRange(expected.Customers, 4_330, 4_339);
        Assert.Equal(expected.Customers, kpis.Customers);
        Assert.Equal(expected.Orders, kpis.Orders);
        Assert.Equal(expected.Revenue, kpis.Revenue, expected.Revenue * 1e-6);
        Assert.Equal(expected.Revenue / expected.Orders, kpis.AverageCheck, 0.01);
        Assert.Equal(expected.Repeat, kpis.RepeatCustomers);
        Assert.Equal(expected.Active, kpis.ActiveCustomers);
        Assert.Equal(expected.Customers, RfmSegmentation.Compute(history).Count);
    }

    private static (int Customers, int Orders, double Revenue, int Repeat, int Active) RawFigures()
    {
        var orders = new Dictionary<string, HashSet<string>>();
        var last = new Dictionary<string, DateTime>();
        var revenue = 0.0;
        using var reader = new StreamReader(new GZipStream(File.OpenRead(RepositoryPaths.OnlineRetail), CompressionMode.Decompress));
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var f = Fields(line);
            var (invoice, code, customer) = (f[0], f[1], f[6]);
            var quantity = double.Parse(f[3], CultureInfo.InvariantCulture);
            var price = double.Parse(f[5], CultureInfo.InvariantCulture);
            if (customer.Length == 0 || invoice.StartsWith('C') || quantity <= 0 || price <= 0 || NonProducts.Contains(code) || GiftCode().IsMatch(code))
            {
                continue;
            }

            var time = DateTime.ParseExact(f[4], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            (orders.TryGetValue(customer, out var set) ? set : orders[customer] = []).Add(invoice);
            last[customer] = last.TryGetValue(customer, out var seen) && seen > time ? seen : time;
            revenue += quantity * price;
        }

        var asOf = last.Values.Max().Date;
        return (orders.Count, orders.Values.Sum(set => set.Count), revenue, orders.Values.Count(set => set.Count >= 2), last.Values.Count(time => (asOf - time.Date).TotalDays < 90));
    }

    /// <summary>
    /// Only the description (third column) can hold commas, inside quotes, so the two fields before it are
    /// split from the left and the five after it from the right; the description itself is not needed.
    /// </summary>
    private static string[] Fields(string line)
    {
        var fields = new string[8];
        var start = 0;
        for (var i = 0; i < 2; i++)
        {
            var comma = line.IndexOf(',', start);
            fields[i] = line[start..comma];
            start = comma + 1;
        }

        var end = line.Length;
        for (var i = 7; i >= 3; i--)
        {
            var comma = line.LastIndexOf(',', end - 1);
            fields[i] = line[(comma + 1)..end];
            end = comma;
        }

        return fields;
    }

    [GeneratedRegex(@"^gift_\d{4}_\d+$")]
    private static partial Regex GiftCode();
}
