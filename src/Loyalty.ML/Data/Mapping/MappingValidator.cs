using System.Text.RegularExpressions;
using Loyalty.ML.Data.Ingestion;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Mapping;

/// <summary>Checks a mapping before any data is read, so a wrong mapping fails with the key at fault.</summary>
internal static partial class MappingValidator
{
    public static void Validate(ColumnMapping mapping, string path)
    {
        if (mapping.Transactions is not { } transactions || mapping.Items is not { } items || mapping.Customers is not { } customers)
        {
            throw Fail(path, "transactions, items and customers must be objects when given.");
        }

        if (mapping.Display is { } display)
        {
            CheckDisplay(display, path);
        }

        var columns = transactions.Columns ?? throw Fail(path, "transactions.columns must be an object.");
        Require(path, "transactions.columns.customer_id", columns.CustomerId);
        Require(path, "transactions.columns.timestamp", columns.Timestamp);
        if (columns.UnitPrice is null && columns.Amount is null)
        {
            throw Fail(path, "transactions.columns needs unit_price or amount.");
        }

        if (transactions.Cancellations is null || transactions.NonProducts is null)
        {
            throw Fail(path, "transactions.cancellations and transactions.non_products must be objects when given.");
        }

        if (transactions.Cancellations.OrderIdPrefix is "")
        {
            throw Fail(path, "transactions.cancellations.order_id_prefix must not be empty (use null for none).");
        }

        if (transactions.NonProducts.ItemIds is null)
        {
            throw Fail(path, "transactions.non_products.item_ids must be a list.");
        }

        if (transactions.NonProducts.ItemIdPattern is { } pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, NonProductFilter.MatchTimeout);
            }
            catch (ArgumentException error)
            {
                throw Fail(path, $"transactions.non_products.item_id_pattern is not a valid regular expression: {error.Message}");
            }
        }

        Require(path, "items.columns.item_id", items.Columns?.ItemId);
        Require(path, "customers.columns.customer_id", customers.Columns?.CustomerId);
        if (customers.TrueValues is null)
        {
            throw Fail(path, "customers.true_values must be a list.");
        }

        _ = ValueFormat.Create(transactions.Format, path, "transactions.format");
        _ = ValueFormat.Create(items.Format, path, "items.format");
        _ = ValueFormat.Create(customers.Format, path, "customers.format");
    }

    private static void Require(string path, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fail(path, $"{key} must name a column.");
        }
    }

    private static DataLoadException Fail(string path, string reason) => new(path, null, $"wrong mapping: {reason}");

    private static void CheckDisplay(DisplayFormat display, string path)
    {
        if (display.Culture is { } culture && !CultureName().IsMatch(culture))
        {
            throw Fail(path, $"display.culture '{culture}' is not a culture name such as en-GB or de-DE.");
        }

        if (display.Currency is { } currency && !CurrencyCode().IsMatch(currency))
        {
            throw Fail(path, $"display.currency '{currency}' is not an ISO 4217 code such as GBP, EUR or USD.");
        }
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{4})?(-[A-Z]{2}|-[0-9]{3})?$")]
    private static partial Regex CultureName();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
