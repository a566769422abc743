using System.Buffers;
using System.Globalization;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.Recommendations.Storage;

namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>ALS and item-kNN scores, each scaled to [0, 1] per customer, mixed by the blend weight (ALS's share).</summary>
internal sealed class BlendCandidate : IPersonalCandidate
{
    public string Name => "blend_als_item_knn";

    public bool UsesFactors => true;

    public IPersonalPart Fit(CandidateInputs inputs) => new BlendPart(inputs.ItemKnn, inputs.Options.BlendWeight);

    public IPersonalPart Read(BinaryReader reader, int items)
    {
        var weight = reader.ReadSingle();
        return weight is >= 0 and <= 1
            ? new BlendPart(BinarySections.ReadNeighbors(reader, items, "blend item-kNN neighbours"), weight)
            : throw new InvalidDataException($"blend weight {weight} outside [0, 1]");
    }

    public IEnumerable<RecommenderOptions> Variants(RecommenderOptions baseline, Tuning.TuningOptions tuning) =>
        tuning.BlendWeights.Select(weight => baseline with { BlendWeight = weight });

    /// <summary>The part of neighbours and a weight read from an older model file.</summary>
    public static IPersonalPart PartOf(ItemNeighbors similarity, float weight) => new BlendPart(similarity, weight);

    public string Describe(RecommenderOptions options) => string.Create(CultureInfo.InvariantCulture, $"ALS weight {options.BlendWeight}, neighbours {options.ItemKnnNeighbors}");

    private sealed class BlendPart(ItemNeighbors similarity, float weight) : IFactorPart
    {
        public string Name => "blend_als_item_knn";

        public float FactorWeight => weight;

        public string? OtherName => ItemKnnCandidate.MethodName;

        public bool Other(RecommenderModel model, int customer, Span<float> other)
        {
            PersonalScores.TieBreak(model, other);
            ItemKnnCandidate.AddScores(model, similarity, customer, other);
            return true;
        }

        public void Score(RecommenderModel model, int customer, Span<float> scores)
        {
            var knn = ArrayPool<float>.Shared.Rent(scores.Length);
            try
            {
                var other = knn.AsSpan(0, scores.Length);
                AlsCandidate.Part.Score(model, customer, scores);
                Other(model, customer, other);
                PersonalScores.Combine(scores, other, weight);
            }
            finally
            {
                ArrayPool<float>.Shared.Return(knn);
            }
        }

        public void ScoreMany(RecommenderModel model, ReadOnlySpan<int> customers, Span<float> scores)
        {
            AlsCandidate.Part.ScoreMany(model, customers, scores);
            var items = customers.IsEmpty ? 0 : scores.Length / customers.Length;
            var knn = ArrayPool<float>.Shared.Rent(items);
            try
            {
                var other = knn.AsSpan(0, items);
                for (var index = 0; index < customers.Length; index++)
                {
                    PersonalScores.TieBreak(model, other);
                    ItemKnnCandidate.AddScores(model, similarity, customers[index], other);
                    PersonalScores.Combine(scores.Slice(index * items, items), other, weight);
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(knn);
            }
        }

        public void Write(BinaryWriter writer)
        {
            writer.Write(weight);
            BinarySections.WriteNeighbors(writer, similarity);
        }
    }
}
