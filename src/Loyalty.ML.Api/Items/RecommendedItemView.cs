using System.Text.Json.Serialization;

namespace Loyalty.ML.Api.Items;

/// <summary>
/// One item of a list with what a shop page needs to draw its tile. <c>rank</c> is 1 for the best item. <c>score</c> is on
/// one scale in every list: the item's score relative to the list's first item, from 1 (the first) down to 0; comparable
/// within a list, never between lists. Properties left out by <c>fields</c>, or that the data does not have, are absent.
/// </summary>
public sealed record RecommendedItemView(
    string ItemId,
    int Rank,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Category,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Price,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ImageUrl,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? DueDate);
