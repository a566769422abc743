namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>A fitted personal candidate: scores every item for one customer of a model, and writes its section of the model file.</summary>
internal interface IPersonalPart
{
    /// <summary>The candidate's name (<see cref="IPersonalCandidate.Name"/>).</summary>
    string Name { get; }

    /// <summary>
    /// The popularity this part ranks everyone by, when it does (the popular fillers of every list then share it);
    /// null for a personal ranking.
    /// </summary>
    float[]? Popularity => null;

    /// <summary>
    /// Writes a score for every item into <paramref name="scores"/> (one per item of <paramref name="model"/>, higher
    /// is better) for <paramref name="customer"/>. A customer with purchases after training is scored through a
    /// one-customer view of the model (their history with the new purchases, their factors re-solved), so every part
    /// folds new purchases in at once.
    /// </summary>
    void Score(RecommenderModel model, int customer, Span<float> scores);

    /// <summary>
    /// <see cref="Score"/> for several customers of the model (not fresh ones), one row of items each in
    /// <paramref name="scores"/>: the same bits, computed together where that saves work (the evaluation's batches).
    /// </summary>
    void ScoreMany(RecommenderModel model, ReadOnlySpan<int> customers, Span<float> scores)
    {
        var items = customers.IsEmpty ? 0 : scores.Length / customers.Length;
        for (var index = 0; index < customers.Length; index++)
        {
            Score(model, customers[index], scores.Slice(index * items, items));
        }
    }

    /// <summary>Writes the part's section of the model file.</summary>
    void Write(BinaryWriter writer);
}
