namespace Loyalty.ML.Churn;

/// <summary>Precomputed churn scores of a bundle, read once and immutable: safe to share between requests.</summary>
internal sealed class ChurnScores : IChurnScores
{
    private readonly Dictionary<string, ChurnScore> _byCustomer;

    private ChurnScores(ChurnScoresInfo info, List<ChurnScore> scores)
    {
        HorizonDays = info.HorizonDays;
        AsOf = info.AsOf;
        scores.Sort(ChurnScore.CompareByRisk);
        ByRisk = scores;
        _byCustomer = new Dictionary<string, ChurnScore>(scores.Count, StringComparer.Ordinal);
        foreach (var score in scores)
        {
            if (!_byCustomer.TryAdd(score.CustomerId, score))
            {
                throw new InvalidDataException($"{ChurnScoreFile.ScoresFile}: customer '{score.CustomerId}' appears twice.");
            }
        }
    }

    /// <inheritdoc />
    public int HorizonDays { get; }

    /// <inheritdoc />
    public DateOnly AsOf { get; }

    /// <inheritdoc />
    public IReadOnlyList<ChurnScore> ByRisk { get; }

    /// <summary>Scores just computed, as they are saved and will be served.</summary>
    public static ChurnScores From(ChurnScoresInfo info, IEnumerable<ChurnScore> scores) => new(info, [.. scores]);

    /// <summary>Loads the scores saved in <paramref name="bundleDirectory"/>, or null when it holds none.</summary>
    public static ChurnScores? LoadIfPresent(string bundleDirectory) =>
        File.Exists(Path.Combine(bundleDirectory, ChurnScoreFile.ScoresFile)) && File.Exists(Path.Combine(bundleDirectory, ChurnScoreFile.InfoFile))
            ? Load(bundleDirectory)
            : null;

    /// <summary>Loads the scores saved in <paramref name="bundleDirectory"/>.</summary>
    public static ChurnScores Load(string bundleDirectory)
    {
        var (info, scores) = ChurnScoreFile.Read(bundleDirectory);
        return new ChurnScores(info, scores);
    }

    /// <inheritdoc />
    public bool TryGet(string customerId, out ChurnScore score) => _byCustomer.TryGetValue(customerId, out score!);
}
