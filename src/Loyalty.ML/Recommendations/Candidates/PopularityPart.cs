namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>A fitted popularity candidate: one score per item, the same for every customer.</summary>
internal sealed class PopularityPart(string name, float[] popularity) : IPersonalPart
{
    public string Name => name;

    public float[]? Popularity => popularity;

    public static PopularityPart Read(string name, BinaryReader reader, int items)
    {
        var scores = BinarySections.ReadArray<float>(reader, items);
        return scores.All(float.IsFinite) ? new PopularityPart(name, scores) : throw new InvalidDataException($"{name}: a score is not finite");
    }

    public void Score(RecommenderModel model, int customer, Span<float> scores) => popularity.AsSpan(0, scores.Length).CopyTo(scores);

    public void Write(BinaryWriter writer) => BinarySections.WriteArray<float>(writer, popularity);
}
