using System.Text.Json.Serialization;

namespace Loyalty.ML.Api.Webhooks;

/// <summary>
/// The body of a webhook POST. <c>id</c> is the same on every retry (and on every replica that saw the same events), so a
/// receiver drops what it already has; <c>type</c> says which fields are set.
/// </summary>
public sealed record WebhookEvent(
    string Id,
    string Type,
    DateTimeOffset OccurredAt,
    string ModelVersion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PreviousModelVersion = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CustomerId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FromBand = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ToBand = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Probability = null);
