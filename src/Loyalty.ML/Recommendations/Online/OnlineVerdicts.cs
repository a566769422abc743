namespace Loyalty.ML.Recommendations.Online;

/// <summary>The names verdicts have in JSON, metrics labels and text.</summary>
public static class OnlineVerdicts
{
    /// <summary>The verdict's name: <c>better</c>, <c>worse</c> or <c>not_yet_distinguishable</c>.</summary>
    public static string Name(OnlineVerdict verdict) => verdict switch
    {
        OnlineVerdict.Better => "better",
        OnlineVerdict.Worse => "worse",
        OnlineVerdict.NotYetDistinguishable => "not_yet_distinguishable",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "not a verdict"),
    };
}
