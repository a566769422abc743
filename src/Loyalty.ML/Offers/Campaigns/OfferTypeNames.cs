using System.Text.Json;

namespace Loyalty.ML.Offers.Campaigns;

/// <summary>Offer types by the snake_case names files and the API use (<c>win_back</c>, <c>cross_sell</c>, …).</summary>
public static class OfferTypeNames
{
    private static readonly Dictionary<string, OfferType> ByName = Enum.GetValues<OfferType>().ToDictionary(Name, StringComparer.Ordinal);

    /// <summary>The snake_case name of <paramref name="type"/>.</summary>
    public static string Name(OfferType type) => JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString());

    /// <summary>The type named <paramref name="name"/>, when there is one.</summary>
    public static bool TryParse(string name, out OfferType type) => ByName.TryGetValue(name, out type);
}
