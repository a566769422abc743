using System.Text.Json.Serialization;

namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>One item of an example list: its id, its name from the catalog or the transactions, and why it is there.</summary>
/// <param name="ItemId">The item's business id.</param>
/// <param name="Name">Its name; null when the data names none.</param>
/// <param name="Reason">Why the list holds it, as the API says; null for a purchase shown as context.</param>
public sealed record ExampleItem(
    [property: JsonPropertyName("item_id")] string ItemId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("reason")] string? Reason);
