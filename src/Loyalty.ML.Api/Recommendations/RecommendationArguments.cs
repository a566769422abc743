using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Loyalty.ML.Api.Recommendations;

/// <summary>Query arguments of a customer recommendation list.</summary>
internal sealed record RecommendationArguments(
    [property: FromQuery(Name = "count"), Description("Items in the list, 1-100 (default 10).")] int? Count,
    [property: FromQuery(Name = "kind"), Description("personal (default), cross-sell, up-sell or buy-again.")] string? Kind,
    [property: FromQuery(Name = "category"), Description("Only items of this category.")] string? Category,
    [property: FromQuery(Name = "minPrice"), Description("Only items at or above this list price.")] double? MinPrice,
    [property: FromQuery(Name = "maxPrice"), Description("Only items at or below this list price.")] double? MaxPrice,
    [property: FromQuery(Name = "fields"), Description("Comma-separated item properties to return besides itemId and rank: score, name, category, price, url, imageUrl, reason, dueDate (default all).")] string? Fields,
    [property: FromQuery(Name = "surface"), Description("Where the list is shown (home, product, cart, email…), recorded with the list in the exposure log; at most 64 characters.")] string? Surface = null);
