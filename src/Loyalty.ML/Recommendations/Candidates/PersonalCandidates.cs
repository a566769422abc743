namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>Every personal candidate, registered here and only here; the order is the order metrics.json lists them in.</summary>
internal static class PersonalCandidates
{
    public static IReadOnlyList<IPersonalCandidate> All { get; } =
    [
        new AlsCandidate(),
        new ItemKnnCandidate(),
        new PopularityCandidate(),
        new BlendCandidate(),
        new PopularityAllTimeCandidate(),
        new EaseCandidate(),
    ];

    /// <summary>The candidate named <paramref name="name"/>, or null: an unknown name is never mapped to another.</summary>
    public static IPersonalCandidate? Find(string name) => All.FirstOrDefault(candidate => candidate.Name == name);

    /// <summary>The candidate named <paramref name="name"/>; throws <see cref="ArgumentException"/> listing the known names otherwise.</summary>
    public static IPersonalCandidate Get(string name) =>
        Find(name) ?? throw new ArgumentException($"unknown personal candidate '{name}': one of {string.Join(", ", Names)}");

    /// <summary>The registered names.</summary>
    public static IEnumerable<string> Names => All.Select(candidate => candidate.Name);
}
