namespace Loyalty.ML.Recommendations.Online;

/// <summary>How purchases are matched to the lists served before them.</summary>
public sealed record OnlineSettings
{
    /// <summary>Default window after a list is served in which a purchase of one of its items counts for it.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);

    /// <summary>The default cut-off of a list.</summary>
    public const int DefaultK = 10;

    /// <summary>A purchase counts for a list served at most this long before it (and not after it).</summary>
    public TimeSpan Window { get; init; } = DefaultWindow;

    /// <summary>Only a list's first K items count (fewer when the list was shorter).</summary>
    public int K { get; init; } = DefaultK;

    /// <summary>Every setting out of range, described; empty when all are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Window <= TimeSpan.Zero || Window > TimeSpan.FromDays(90))
        {
            problems.Add($"the matching window must be more than 0 and at most 90 days, not {Window}");
        }

        if (K is < 1 or > 100)
        {
            problems.Add($"k must be 1–100, not {K}");
        }

        return problems;
    }
}
