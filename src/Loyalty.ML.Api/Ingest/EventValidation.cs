using System.Text.Json;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Ingest;

/// <summary>
/// What makes a whole event batch a 400, every problem named: unknown fields, too many lines, ids over the length
/// limit or not printable text (<see cref="EventText"/>), a timestamp or day beyond now plus the allowed clock skew.
/// Problems of one line's content are not here: they reject that line only.
/// </summary>
internal static class EventValidation
{
    /// <summary>Most lines in one batch.</summary>
    public const int MaxLines = ApiValidation.MaxBatch;

    /// <summary>Checks one line read from a body (null when it was not an object: the reader named that) under <c>at</c>.</summary>
    public delegate void LineCheck<in TLine>(TLine? line, string at, DateTimeOffset latest, ref Dictionary<string, string[]>? errors)
        where TLine : class;

    /// <summary>Checks the list itself under <paramref name="name"/>: present, 1 to <see cref="MaxLines"/> lines, no <paramref name="unknown"/> fields beside it.</summary>
    public static void Batch<T>(IReadOnlyList<T>? lines, string name, IReadOnlyList<string> unknown, ref Dictionary<string, string[]>? errors)
    {
        foreach (var field in unknown)
        {
            ApiValidation.Add(ref errors, field, "is not a field of this request.");
        }

        if (lines is null || lines.Count is 0 or > MaxLines)
        {
            ApiValidation.Add(ref errors, name, $"must hold between 1 and {MaxLines} lines; got {lines?.Count ?? 0}.");
        }
    }

    /// <summary>Checks one purchase line's structure.</summary>
    public static void Line(PurchaseLine? line, string at, DateTimeOffset latest, ref Dictionary<string, string[]>? errors)
    {
        if (line is null)
        {
            return;
        }

        Unknown(line.UnknownFields, at, ref errors);
        foreach (var (field, value) in new[] { ("eventId", line.EventId), ("customerId", line.CustomerId), ("itemId", line.ItemId), ("orderId", line.OrderId), ("channel", line.Channel), ("store", line.Store) })
        {
            Text(value, $"{at}.{field}", ref errors);
        }

        if (line.Timestamp > latest)
        {
            ApiValidation.Add(ref errors, $"{at}.timestamp", $"{line.Timestamp:O} is later than the server's clock allows (at most {latest:O}).");
        }
    }

    /// <summary>Checks one offer line's structure.</summary>
    public static void Line(OfferLine? line, string at, DateTimeOffset latest, ref Dictionary<string, string[]>? errors)
    {
        if (line is null)
        {
            return;
        }

        Unknown(line.UnknownFields, at, ref errors);
        foreach (var (field, value) in new[] { ("eventId", line.EventId), ("customerId", line.CustomerId), ("offerType", line.OfferType), ("action", line.Action) })
        {
            Text(value, $"{at}.{field}", ref errors);
        }

        if (line.Day > DateOnly.FromDateTime(latest.UtcDateTime))
        {
            ApiValidation.Add(ref errors, $"{at}.day", $"{line.Day:yyyy-MM-dd} is later than the server's clock allows (at most {latest:yyyy-MM-dd}).");
        }
    }

    private static void Text(string? value, string name, ref Dictionary<string, string[]>? errors)
    {
        // An empty or missing id rejects the line (as the loader excludes it); an id no line could hold rejects the batch.
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        ApiValidation.Id(value, name, ref errors);
        if (errors?.ContainsKey(name) != true && EventText.Problem(value) is { } problem)
        {
            ApiValidation.Add(ref errors, name, problem);
        }
    }

    private static void Unknown(Dictionary<string, JsonElement>? unknown, string at, ref Dictionary<string, string[]>? errors)
    {
        foreach (var name in unknown?.Keys ?? Enumerable.Empty<string>())
        {
            ApiValidation.Add(ref errors, $"{at}.{name}", "is not a field of this request.");
        }
    }
}
