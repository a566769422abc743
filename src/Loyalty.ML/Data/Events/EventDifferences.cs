using System.Globalization;

namespace Loyalty.ML.Data.Events;

/// <summary>
/// How an event sent again under a stored id differs from the stored one: a replay (nothing differs) is a duplicate, a
/// different payload under the same id is a conflict. Timestamps compare at the store's millisecond precision.
/// </summary>
internal static class EventDifferences
{
    /// <summary>The fields of <paramref name="sent"/> that differ from <paramref name="stored"/>, or null when none does.</summary>
    public static string? Of(PurchaseEvent stored, PurchaseEvent sent) => Describe(
        ("customerId", stored.CustomerId, sent.CustomerId),
        ("itemId", stored.ItemId, sent.ItemId),
        ("quantity", Number(stored.Quantity), Number(sent.Quantity)),
        ("unitPrice", Number(stored.UnitPrice), Number(sent.UnitPrice)),
        ("timestamp", Time(stored.Timestamp), Time(sent.Timestamp)),
        ("orderId", stored.OrderId, sent.OrderId),
        ("channel", stored.Channel, sent.Channel),
        ("store", stored.Store, sent.Store));

    /// <summary>The fields of <paramref name="sent"/> that differ from <paramref name="stored"/>, or null when none does.</summary>
    public static string? Of(OfferEvent stored, OfferEvent sent) => Describe(
        ("customerId", stored.CustomerId, sent.CustomerId),
        ("offerType", stored.OfferType, sent.OfferType),
        ("action", stored.Action.ToString(), sent.Action.ToString()),
        ("day", stored.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sent.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("bonusValue", Number(stored.BonusValue), Number(sent.BonusValue)),
        ("discountPercent", Number(stored.DiscountPercent), Number(sent.DiscountPercent)));

    private static string? Describe(params (string Field, string? Stored, string? Sent)[] fields)
    {
        var differing = fields.Where(field => !string.Equals(field.Stored, field.Sent, StringComparison.Ordinal))
            .Select(field => $"{field.Field} (stored {field.Stored ?? "none"}, sent {field.Sent ?? "none"})")
            .ToList();
        return differing.Count == 0 ? null : string.Join(", ", differing);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset value) =>
        DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds()).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
