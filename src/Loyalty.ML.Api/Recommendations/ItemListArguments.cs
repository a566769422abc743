using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Loyalty.ML.Api.Recommendations;

/// <summary>Query arguments of an item's list (also-bought, up-sell).</summary>
internal sealed record ItemListArguments(
    [property: FromQuery(Name = "count"), Description("Items in the list, 1-100 (default 10).")] int? Count,
    [property: FromQuery(Name = "fields"), Description("Comma-separated item properties to return besides itemId and rank: score, name, category, price, url, imageUrl, reason, dueDate (default all).")] string? Fields);
