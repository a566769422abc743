using Loyalty.ML.Data.Events;
using Loyalty.ML.Offers;

namespace Loyalty.ML.Api.Ingest;

/// <summary>Request lines to typed events, or the reason a line is rejected (the loader's reasons for purchases).</summary>
internal static class EventLines
{
    // The purchases' window (the loader's): an offer cannot be older than any purchase could be.
    private static readonly DateOnly EarliestDay = DateOnly.FromDateTime(PurchaseEventRules.Earliest.UtcDateTime);

    /// <summary>The purchase a line reports, or why it cannot be one.</summary>
    public static (PurchaseEvent? Event, string? Reason) ToEvent(PurchaseLine line)
    {
        if (string.IsNullOrEmpty(line.EventId))
        {
            return (null, "missing_field: eventId");
        }

        if (line.Timestamp is not { } timestamp)
        {
            return (null, "missing_field: timestamp");
        }

        double quantity, price;
        if (line.UnitPrice is { } unitPrice)
        {
            (quantity, price) = line.Quantity is { } given ? (given, unitPrice) : (double.NaN, unitPrice);
        }
        else if (line.Amount is { } amount)
        {
            (quantity, price) = line.Quantity is { } given ? (given, given == 0 ? amount : amount / given) : (amount < 0 ? -1 : 1, Math.Abs(amount));
        }
        else
        {
            return (null, "missing_field: unitPrice or amount");
        }

        if (double.IsNaN(quantity))
        {
            return (null, "missing_field: quantity");
        }

        var purchase = new PurchaseEvent(line.EventId, line.CustomerId ?? "", NullIfEmpty(line.ItemId), quantity, price, timestamp,
            NullIfEmpty(line.OrderId) ?? line.EventId, NullIfEmpty(line.Channel), NullIfEmpty(line.Store));
        return PurchaseEventRules.Rejection(purchase) is { } reason ? (null, reason) : (purchase, null);
    }

    /// <summary>The offer event a line reports, or why it cannot be one.</summary>
    public static (OfferEvent? Event, string? Reason) ToEvent(OfferLine line)
    {
        var reason = string.IsNullOrEmpty(line.EventId) ? "missing_field: eventId"
            : string.IsNullOrEmpty(line.CustomerId) ? "missing_customer_id: no customer id"
            : !OfferType.TryParse(line.OfferType, out _) ? $"bad_offer_type: '{line.OfferType}' is not one of {string.Join(", ", OfferType.All)}"
            : !Enum.TryParse<OfferAction>(line.Action, ignoreCase: true, out _) || line.Action!.Any(char.IsDigit) ? $"bad_action: '{line.Action}' is not issued or redeemed"
            : line.Day is null ? "missing_field: day"
            : line.Day < EarliestDay ? $"bad_date: {line.Day:yyyy-MM-dd} is before {EarliestDay:yyyy-MM-dd}"
            : line.BonusValue is < 0 or > 1_000_000_000 || line.BonusValue is { } bonus && !double.IsFinite(bonus) ? $"bad_number: bonus value {line.BonusValue}"
            : line.DiscountPercent is < 0 or > 100 || line.DiscountPercent is { } discount && !double.IsFinite(discount) ? $"bad_number: discount {line.DiscountPercent}% is not between 0 and 100"
            : null;
        return reason is not null
            ? (null, reason)
            : (new OfferEvent(line.EventId!, line.CustomerId!, line.OfferType!, Enum.Parse<OfferAction>(line.Action!, ignoreCase: true), line.Day!.Value, line.BonusValue ?? 0, line.DiscountPercent ?? 0), null);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
