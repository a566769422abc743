using System.Buffers;
using System.Globalization;
using Loyalty.ML.Recommendations.Ease;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>
/// EASE (Steck 2019): the customer's bought-vector times the item × item weights <see cref="EaseWeights"/>, over the
/// most bought items up to <see cref="EaseOptions.MaxItems"/>; the rest of the catalog keeps its popularity order
/// below them. New purchases count at once: the customer's history (with them) is the vector.
/// </summary>
internal sealed class EaseCandidate : IPersonalCandidate
{
    public string Name => "ease";

    public IPersonalPart Fit(CandidateInputs inputs) => new EasePart(inputs.EaseWeights);

    public IPersonalPart Read(BinaryReader reader, int items)
    {
        var size = reader.ReadInt32();
        if (size < 0 || size > items || (long)size * size * 4 > reader.BaseStream.Length)
        {
            throw new InvalidDataException($"EASE: {size} modelled items do not fit a model of {items} items or the file");
        }

        var modelled = BinarySections.ReadArray<int>(reader, size);
        BinarySections.CheckRange(modelled, 0, items, "EASE items");
        var weights = BinarySections.ReadArray<float>(reader, size * size);
        return new EasePart(EaseWeights.From(modelled, items, weights));
    }

    public IEnumerable<RecommenderOptions> Variants(RecommenderOptions baseline, Tuning.TuningOptions tuning) =>
        tuning.EaseLambda.Select(lambda => baseline with { Ease = baseline.Ease with { Lambda = lambda } });

    public string Describe(RecommenderOptions options) => string.Create(CultureInfo.InvariantCulture, $"λ {options.Ease.Lambda}, at most {options.Ease.MaxItems} items");

    private sealed class EasePart(EaseWeights weights) : IPersonalPart
    {
        public string Name => "ease";

        public void Score(RecommenderModel model, int customer, Span<float> scores)
        {
            var scratch = ArrayPool<float>.Shared.Rent(weights.Size);
            try
            {
                PersonalScores.TieBreak(model, scores);
                weights.AddScores(model.History.ItemsOf(customer), scores, scratch);
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scratch);
            }
        }

        public void Write(BinaryWriter writer)
        {
            writer.Write(weights.Size);
            BinarySections.WriteArray<int>(writer, weights.Items);
            BinarySections.WriteArray<float>(writer, weights.Weights);
        }
    }
}
