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

    /// <summary>Writes the part's section of the model file.</summary>
    void Write(BinaryWriter writer);
}
