using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations.Candidates.AlsoBought;

/// <summary>Every also-bought candidate, registered here and only here; the order is the order metrics.json lists them in and ties are broken in.</summary>
internal static class AlsoBoughtCandidates
{
    /// <summary>The candidate a model serves until a choice is made: order co-occurrence.</summary>
    public const string Default = "co_occurrence";

    public static IReadOnlyList<IAlsoBoughtCandidate> All { get; } =
    [
        new CoOccurrenceCandidate(),
        new FactorNeighborsCandidate(),
        new SignificantCoOccurrenceCandidate(),
        new PopularItemsCandidate(),
        new CategoryPopularCandidate(),
        new EaseNeighborsCandidate(),
    ];

    /// <summary>The registered names.</summary>
    public static IEnumerable<string> Names => All.Select(candidate => candidate.Name);

    /// <summary>The candidate named <paramref name="name"/>, or null: an unknown name is never mapped to another.</summary>
    public static IAlsoBoughtCandidate? Find(string name) => All.FirstOrDefault(candidate => candidate.Name == name);

    /// <summary>The candidate named <paramref name="name"/>; throws <see cref="ArgumentException"/> listing the known names otherwise.</summary>
    public static IAlsoBoughtCandidate Get(string name) =>
        Find(name) ?? throw new ArgumentException($"unknown also-bought candidate '{name}': one of {string.Join(", ", Names)}");

    /// <summary>The candidate a model file stores as <paramref name="code"/>, or null.</summary>
    public static IAlsoBoughtCandidate? OfFileCode(int code) => All.FirstOrDefault(candidate => candidate.FileCode == code);

    /// <summary>The order co-occurrence neighbours every model has (scored by the settings' measure): what most candidates rank from.</summary>
    public static ItemNeighbors OrderCoOccurrence(CandidateInputs inputs) => inputs.OrderNeighbors(new CoOccurrenceScoring(inputs.Options.AlsoBoughtMeasure));

    /// <summary>The order co-occurrence scorings <paramref name="candidates"/> rank from, beside the base model's: what <see cref="CandidateInputs.OrderScorings"/> counts in one pass.</summary>
    public static CoOccurrenceScoring[] OrderScorings(IEnumerable<IAlsoBoughtCandidate> candidates, RecommenderOptions options) =>
        [.. candidates.Select(candidate => candidate.OrderScoring(options)).OfType<CoOccurrenceScoring>()];
}
