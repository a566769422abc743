using System.Globalization;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Events;

/// <summary>
/// The loader's rules applied to one reported purchase line: what a transactions file line would be excluded or
/// called malformed for is rejected here with the same reason. Returns are accepted (negative quantity).
/// </summary>
public static class PurchaseEventRules
{
    /// <summary>Earliest timestamp accepted, as the loader's date window.</summary>
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Why the loader would not take <paramref name="purchase"/> as a purchase or return, or null when it would.</summary>
    public static string? Rejection(PurchaseEvent purchase)
    {
        if (string.IsNullOrWhiteSpace(purchase.CustomerId))
        {
            return "missing_customer_id: no customer id";
        }

        if (!NumberLimits.IsWithin(purchase.Quantity, NumberLimits.Quantity))
        {
            return Format($"bad_number: quantity {purchase.Quantity} is out of range: {NumberLimits.Range(NumberLimits.Quantity)}");
        }

        if (!NumberLimits.IsWithin(purchase.UnitPrice, NumberLimits.Price))
        {
            return Format($"bad_number: unit price {purchase.UnitPrice} is out of range: {NumberLimits.Range(NumberLimits.Price)}");
        }

        if (purchase.Timestamp < Earliest)
        {
            return Format($"bad_date: {purchase.Timestamp:O} is before 1970-01-01");
        }

        return purchase.Quantity == 0 ? "zero_quantity: quantity 0"
            : purchase.UnitPrice == 0 ? Format($"zero_price: unit price 0 for item '{purchase.ItemId}'")
            : purchase.UnitPrice < 0 ? Format($"negative_price: negative unit price {purchase.UnitPrice} for item '{purchase.ItemId}'")
            : null;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
