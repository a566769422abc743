using System.Text.Json.Serialization;

namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>
/// An answer the published model gives, with item names, for the report to show what the metrics mean: a customer's
/// personal list beside their latest purchases, or an item's "customers also bought".
/// </summary>
/// <param name="Kind"><c>personal</c> or <c>also_bought</c>.</param>
/// <param name="Subject">The customer or item id the list is for.</param>
/// <param name="SubjectName">The item's name (also-bought); null for a customer.</param>
/// <param name="Context">The customer's latest distinct purchases, latest first (personal); empty for also-bought.</param>
/// <param name="Items">The list as served, best first.</param>
public sealed record ExampleList(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("subject_name")] string? SubjectName,
    [property: JsonPropertyName("context")] IReadOnlyList<ExampleItem> Context,
    [property: JsonPropertyName("items")] IReadOnlyList<ExampleItem> Items)
{
    /// <summary>A customer's personal list.</summary>
    public const string Personal = "personal";

    /// <summary>An item's also-bought list.</summary>
    public const string AlsoBought = "also_bought";
}
