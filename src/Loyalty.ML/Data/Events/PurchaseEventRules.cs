using System.Globalization;
using Loyalty.ML.Data.Ingestion;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Events;

/// <summary>
/// The loader's rules applied to one reported purchase line, through the loader's own checks: a value the loader would
/// call malformed (a number out of range, a date before its window) and then the first exclusion rule that applies
/// (<see cref="LineRules.Events"/>) reject the line with the loader's reason. Returns are accepted (negative quantity).
/// </summary>
public static class PurchaseEventRules
{
    /// <summary>Earliest timestamp accepted, as the loader's date window.</summary>
    public static readonly DateTimeOffset Earliest = new(DateWindow.EarliestPurchase.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Why the loader would not take <paramref name="purchase"/> as a purchase or return, or null when it would.</summary>
    public static string? Rejection(PurchaseEvent purchase)
    {
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
            return Format($"bad_date: {purchase.Timestamp:O} is before {DateWindow.EarliestPurchase:yyyy-MM-dd}");
        }

        var customer = purchase.CustomerId.AsSpan().Trim();
        var item = purchase.ItemId.AsSpan();
        var order = purchase.OrderId.AsSpan();
        var outcome = LineRules.Events.Classify(customer, purchase.ItemId is not null, item, order, purchase.Quantity, purchase.UnitPrice);
        return outcome is RowOutcome.Accepted or RowOutcome.Cancellation
            ? null
            : $"{outcome.Name()}: {LineRules.Explain(outcome, customer, item, order, purchase.Quantity, purchase.UnitPrice)}";
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
