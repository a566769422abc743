namespace Loyalty.ML.Recommendations;

/// <summary>The snake_case names the methods have in metrics.json, settings files and the command line.</summary>
public static class MethodNames
{
    /// <summary>Every personal candidate's name, in the order metrics.json lists them.</summary>
    public static IReadOnlyList<string> Personal { get; } = [.. Candidates.PersonalCandidates.Names];

    /// <summary>Every also-bought candidate's name, in the order metrics.json lists them.</summary>
    public static IReadOnlyList<string> AlsoBought { get; } = [.. Candidates.AlsoBought.AlsoBoughtCandidates.Names];
}
