using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Items;


namespace Loyalty.ML.Api.Recommendations;

/// <summary>The <c>fields</c> argument: which item properties a list carries besides <c>itemId</c> and <c>rank</c>.</summary>
internal sealed class ItemFields
{
    private static readonly string[] Known = ["score", "name", "category", "price", "url", "imageUrl", "reason", "dueDate"];

    private readonly HashSet<string> _chosen;

    private ItemFields(HashSet<string> chosen) => _chosen = chosen;

    /// <summary>The names the argument takes, for messages and the OpenAPI description.</summary>
    public static string Names { get; } = string.Join(", ", Known);

    /// <summary>
    /// Parses a comma-separated list (case-insensitive, blanks ignored); null when absent (every field). Unknown names
    /// are reported under <c>fields</c>.
    /// </summary>
    public static ItemFields? Parse(string? text, ref Dictionary<string, string[]>? errors)
    {
        if (text is null)
        {
            return null;
        }

        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var known = Array.Find(Known, field => string.Equals(field, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                ApiValidation.Add(ref errors, "fields", $"'{(name.Length > 40 ? name[..40] + "…" : name)}' is not an item field; use a comma-separated list of {Names}.");
            }
            else
            {
                chosen.Add(known);
            }
        }

        return new ItemFields(chosen);
    }

    /// <summary>A stable text of the choice, for cache validators.</summary>
    public override string ToString() => string.Join(',', Known.Where(_chosen.Contains));

    /// <summary><paramref name="response"/> with only the chosen item properties.</summary>
    public RecommendationsResponse Trim(RecommendationsResponse response) =>
        response with { Items = [.. response.Items.Select(Trim)] };

    private RecommendedItemView Trim(RecommendedItemView item) => new(
        item.ItemId,
        item.Rank,
        Keep("score", item.Score),
        Keep("name", item.Name),
        Keep("category", item.Category),
        Keep("price", item.Price),
        Keep("url", item.Url),
        Keep("imageUrl", item.ImageUrl),
        Keep("reason", item.Reason),
        Keep("dueDate", item.DueDate));

    private T? Keep<T>(string field, T? value) => _chosen.Contains(field) ? value : default;
}
