namespace Loyalty.ML.Recommendations.Signals;

/// <summary>
/// How <see cref="CoOccurrence"/> turns a pair's count into a score: the measure, and for <see cref="CoOccurrenceMeasure.Shrunk"/>
/// the fewest shared groups a pair needs and the groups added to n(i) (the other measures keep every pair, shrunk by nothing).
/// Two scorings are equal when they score every pair alike, so lists counted once can be shared by their readers.
/// </summary>
internal readonly record struct CoOccurrenceScoring
{
    public CoOccurrenceScoring(CoOccurrenceMeasure measure, int minSupport = 1, double shrinkage = 0)
    {
        Measure = measure;
        MinSupport = measure == CoOccurrenceMeasure.Shrunk ? minSupport : 1;
        Shrinkage = measure == CoOccurrenceMeasure.Shrunk ? (float)shrinkage : 0;
    }

    public CoOccurrenceMeasure Measure { get; }

    public int MinSupport { get; }

    public float Shrinkage { get; }

    /// <summary>The score of a pair sharing <paramref name="shared"/> groups, of items in <paramref name="own"/> and <paramref name="theirs"/> groups.</summary>
    public float Score(float shared, float own, float theirs) => Measure switch
    {
        CoOccurrenceMeasure.Jaccard => shared / (own + theirs - shared),
        CoOccurrenceMeasure.Shrunk => shared / (own + Shrinkage),
        _ => shared / own,
    };
}
