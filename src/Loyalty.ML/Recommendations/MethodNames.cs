namespace Loyalty.ML.Recommendations;

/// <summary>The snake_case names the methods have in metrics.json, settings files and the command line.</summary>
public static class MethodNames
{
    /// <summary>Every personal candidate's name, in the order metrics.json lists them.</summary>
    public static IReadOnlyList<string> Personal { get; } = [.. Candidates.PersonalCandidates.Names];

    /// <summary>Name of an also-bought method; throws for a value that names none.</summary>
    public static string Of(AlsoBoughtMethod method) => method switch
    {
        AlsoBoughtMethod.CoOccurrence => "co_occurrence",
        AlsoBoughtMethod.Factors => "factors",
        AlsoBoughtMethod.SignificantCoOccurrence => "significant_co_occurrence",
        AlsoBoughtMethod.Popularity => "popularity",
        AlsoBoughtMethod.CategoryPopularity => "category_popularity",
        AlsoBoughtMethod.Ease => "ease",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "not an also-bought method"),
    };
}
