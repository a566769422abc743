namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>Baseline: the same popularity ranking for everyone.</summary>
internal sealed class PopularityScorer(float[] popularity) : IItemScorer
{
    /// <summary>Name in the evaluation report: <c>popularity</c>.</summary>
    public string Name => "popularity";

    /// <summary>Popularity as the number of customers who bought each item before the split.</summary>
    public static PopularityScorer FromSplit(EvaluationSplit split)
    {
        var counts = new float[split.TrainCounts.Columns];
        foreach (var item in split.TrainCounts.Indices.AsSpan(0, split.TrainCounts.NonZeros))
        {
            counts[item]++;
        }

        return new PopularityScorer(counts);
    }

    /// <summary>The popularity: the same ranking for everyone.</summary>
    public float[]? SameForEveryone => popularity;

    /// <summary>Copies the popularity of every item into <paramref name="scores"/>, whoever the customer.</summary>
    public void Score(int customer, Span<float> scores) => popularity.CopyTo(scores);
}
