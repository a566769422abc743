using System.Buffers;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// A factor part's scores from ALS's dots of the same model: its second list mixed in by
/// <see cref="PersonalScores.Combine"/>, the same steps and bits as the part's own
/// <see cref="IPersonalPart.ScoreMany"/>, without computing the dots again.
/// </summary>
internal sealed class FactorMix(RecommenderModel model, IFactorPart part) : IDerivedScores
{
    public string Name => part.Name;

    public string? SideName => part.OtherName;

    public void Derive(ReadOnlySpan<int> customers, Span<float> scores, Span<float> side)
    {
        var items = customers.IsEmpty ? 0 : scores.Length / customers.Length;
        var rented = ArrayPool<float>.Shared.Rent(items);
        try
        {
            for (var index = 0; index < customers.Length; index++)
            {
                var other = side.IsEmpty ? rented.AsSpan(0, items) : side.Slice(index * items, items);
                if (part.Other(model, customers[index], other))
                {
                    PersonalScores.Combine(scores.Slice(index * items, items), other, part.FactorWeight);
                }
                else if (!side.IsEmpty)
                {
                    throw new InvalidOperationException($"{part.Name} named a second list ({SideName}) but gave none");
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }
}
