using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// The personal part of a model file from before candidates had named sections (versions 1–4): the method was a
/// number, the item-kNN neighbours and blend weight fixed fields, and the popularity the served one.
/// </summary>
internal static class LegacyPersonal
{
    private const int Als = 0;
    private const int ItemKnn = 1;
    private const int Popularity = 2;
    private const int Blend = 3;
    private const int PopularityAllTime = 4;

    public static bool IsDefined(int method) => method is >= Als and <= PopularityAllTime;

    public static IPersonalPart Part(int method, float blendWeight, ItemNeighbors itemKnn, float[] popularity) => method switch
    {
        Als => AlsCandidate.Part,
        ItemKnn => ItemKnnCandidate.PartOf(itemKnn),
        Popularity => new PopularityPart("popularity", popularity),
        Blend => BlendCandidate.PartOf(itemKnn, blendWeight),
        PopularityAllTime => new PopularityPart("popularity_all_time", popularity),
        _ => throw new InvalidDataException($"personal method {method} is not one version 4 knew"),
    };
}
