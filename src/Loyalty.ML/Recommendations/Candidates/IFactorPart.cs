namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>
/// A personal part whose score is the customer's ALS dot with each item, alone or mixed with a second list by
/// <see cref="Ranking.PersonalScores.Mix(float, float, Ranking.UnitRange, Ranking.UnitRange, float)"/>: a ranking can
/// then bound every item's score from the 8-bit item copy and rescore exactly only the items that can reach the top.
/// </summary>
internal interface IFactorPart : IPersonalPart
{
    /// <summary>ALS's share of the mix.</summary>
    float FactorWeight { get; }

    /// <summary>Fills <paramref name="other"/> with the second list, before scaling; false when the score is the ALS dot alone.</summary>
    bool Other(RecommenderModel model, int customer, Span<float> other);

    /// <summary>
    /// The candidate whose own scores <see cref="Other"/> fills, the same bits (item-kNN's for the blend), so an
    /// evaluation can rank that candidate from the same pass; null when the second list is no candidate's.
    /// </summary>
    string? OtherName => null;
}
