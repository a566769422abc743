using System.Globalization;
using System.Text;
using Loyalty.ML.Data;
using Loyalty.ML.Core;

namespace Loyalty.ML.Offers;

/// <summary>
/// <c>customer_facts.csv</c> in the bundle: per customer the dates, order count, average order value and
/// master data the offer rules need at serving time, when the history itself is no longer at hand.
/// </summary>
internal static class CustomerFactsFile
{
    /// <summary>File name in the bundle.</summary>
    public const string FileName = "customer_facts.csv";

    private const string Unknown = "unknown";

    private const string Header = "customer_id,first_purchase,last_purchase,orders,average_order_value,birthday,signup_date,preferred_channel,marketing_consent";

    /// <summary>Facts of every customer in <paramref name="history"/> with at least one purchase.</summary>
    public static IEnumerable<CustomerFacts> From(PurchaseHistory history) => From(history, Segmentation.CustomerActivity.Of(history));

    /// <summary>Facts of every customer with at least one purchase, from <paramref name="activity"/> already computed over <paramref name="history"/>.</summary>
    internal static IEnumerable<CustomerFacts> From(PurchaseHistory history, Segmentation.CustomerActivity activity)
    {
        for (var customer = 0; customer < activity.Count; customer++)
        {
            if (activity.Orders[customer] == 0)
            {
                continue;
            }

            var id = history.Customers[customer];
            CustomerProfile? profile = null;
            history.Profiles?.TryGetValue(id, out profile);
            yield return new CustomerFacts(id, DateOnly.FromDateTime(activity.First[customer]), DateOnly.FromDateTime(activity.Last[customer]),
                activity.Orders[customer], activity.Spend[customer] / activity.Orders[customer], profile);
        }
    }

    /// <summary>Writes the facts (segment and churn are stored by their own models, not here).</summary>
    public static void Write(string path, IEnumerable<CustomerFacts> facts)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine(Header);
        foreach (var fact in facts)
        {
            var profile = fact.Profile;
            writer.WriteLine(string.Join(',',
                CsvText.Quote(fact.CustomerId), Date(fact.FirstPurchase), Date(fact.LastPurchase),
                fact.Orders.ToString(CultureInfo.InvariantCulture), fact.AverageOrderValue.ToString("R", CultureInfo.InvariantCulture),
                Date(profile?.Birthday), Date(profile?.SignupDate), CsvText.Quote(profile?.PreferredChannel ?? string.Empty),
                profile is null ? string.Empty : profile.MarketingConsent switch { true => "true", false => "false", null => Unknown }));
        }
    }

    /// <summary>Reads the facts back, by customer id.</summary>
    public static IReadOnlyDictionary<string, CustomerFacts> Read(string path)
    {
        var facts = new Dictionary<string, CustomerFacts>(StringComparer.Ordinal);
        foreach (var (lineNumber, line) in CsvText.ReadLines(path, Header))
        {
            var fields = CsvText.Split(line);
            if (fields.Count != 9)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 9 fields, found {fields.Count}.");
            }

            if (!int.TryParse(fields[3], CultureInfo.InvariantCulture, out var orders)
                || !double.TryParse(fields[4], CultureInfo.InvariantCulture, out var averageOrderValue)
                || ParseDate(fields[1]) is not { } first || ParseDate(fields[2]) is not { } last
                || fields[8] is not ("" or "true" or "false" or Unknown))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: unreadable customer facts '{line}'.");
            }

            var profile = fields[8].Length == 0 ? null : new CustomerProfile(
                fields[0], null, ParseDate(fields[5]), ParseDate(fields[6]), fields[7].Length == 0 ? null : fields[7], fields[8] == Unknown ? null : fields[8] == "true");
            facts[fields[0]] = new CustomerFacts(fields[0], first, last, orders, averageOrderValue, profile);
        }

        return facts;
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
