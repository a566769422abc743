namespace Loyalty.ML.Recommendations;

/// <summary>The snake_case names the methods have in metrics.json, settings files and the command line.</summary>
public static class MethodNames
{
    /// <summary>Name of a personal method.</summary>
    public static string Of(PersonalMethod method) => method switch
    {
        PersonalMethod.Als => "als",
        PersonalMethod.ItemKnn => "item_knn",
        PersonalMethod.Popularity => "popularity",
        PersonalMethod.PopularityAllTime => "popularity_all_time",
        _ => "blend_als_item_knn",
    };

    /// <summary>Name of an also-bought method.</summary>
    public static string Of(AlsoBoughtMethod method) => method switch
    {
        AlsoBoughtMethod.CoOccurrence => "co_occurrence",
        AlsoBoughtMethod.Factors => "factors",
        AlsoBoughtMethod.SignificantCoOccurrence => "significant_co_occurrence",
        AlsoBoughtMethod.Popularity => "popularity",
        _ => "category_popularity",
    };
}
