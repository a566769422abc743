using System.Globalization;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.Recommendations.Storage;

namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>SAR-style item-kNN: the sum of the Jaccard similarities of the customer's items to each item, popularity breaking ties.</summary>
internal sealed class ItemKnnCandidate : IPersonalCandidate
{
    /// <summary>The candidate's name.</summary>
    public const string MethodName = "item_knn";

    public string Name => MethodName;

    public IPersonalPart Fit(CandidateInputs inputs) => new ItemKnnPart(inputs.ItemKnn);

    public IPersonalPart Read(BinaryReader reader, int items) => new ItemKnnPart(BinarySections.ReadNeighbors(reader, items, "item-kNN neighbours"));

    public IEnumerable<RecommenderOptions> Variants(RecommenderOptions baseline, Tuning.TuningOptions tuning) =>
        tuning.ItemKnnNeighbors.Select(neighbors => baseline with { ItemKnnNeighbors = neighbors });

    /// <summary>The part of neighbours read from an older model file.</summary>
    public static IPersonalPart PartOf(ItemNeighbors similarity) => new ItemKnnPart(similarity);

    public string Describe(RecommenderOptions options) => string.Create(CultureInfo.InvariantCulture, $"neighbours {options.ItemKnnNeighbors}");

    /// <summary>Adds the similarities of the customer's items' neighbours to <paramref name="scores"/>.</summary>
    public static void AddScores(RecommenderModel model, ItemNeighbors similarity, int customer, Span<float> scores)
    {
        foreach (var item in model.History.ItemsOf(customer))
        {
            var neighbors = similarity.Of(item);
            var weights = similarity.ScoresOf(item);
            for (var index = 0; index < neighbors.Length; index++)
            {
                scores[neighbors[index]] += weights[index];
            }
        }
    }

    private sealed class ItemKnnPart(ItemNeighbors similarity) : IPersonalPart
    {
        public string Name => MethodName;

        public void Score(RecommenderModel model, int customer, Span<float> scores)
        {
            PersonalScores.TieBreak(model, scores);
            AddScores(model, similarity, customer, scores);
        }

        public void Write(BinaryWriter writer) => BinarySections.WriteNeighbors(writer, similarity);
    }
}
