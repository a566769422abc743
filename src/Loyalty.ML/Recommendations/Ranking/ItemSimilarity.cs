using System.Buffers;
using System.Numerics.Tensors;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>Cosine similarity of item factors, with the norms computed once; nearest items by <see cref="RowDots"/> over the whole catalog.</summary>
internal sealed class ItemSimilarity
{
    private readonly AlsFactors _factors;
    private readonly float[] _norms;

    public ItemSimilarity(AlsFactors factors)
    {
        _factors = factors;
        _norms = new float[factors.ItemCount];
        for (var item = 0; item < factors.ItemCount; item++)
        {
            _norms[item] = TensorPrimitives.Norm(factors.Item(item));
        }
    }

    public bool HasFactors(int item) => _norms[item] > 0;

    public float Cosine(int a, int b) =>
        HasFactors(a) && HasFactors(b) ? TensorPrimitives.Dot(_factors.Item(a), _factors.Item(b)) / (_norms[a] * _norms[b]) : 0f;

    /// <summary>The <paramref name="count"/> items closest to <paramref name="item"/> that <paramref name="accept"/> lets through, best first.</summary>
    public List<RankedItem> Nearest(int item, int count, Func<int, bool> accept)
    {
        var result = new List<RankedItem>(count);
        if (!HasFactors(item) || count <= 0)
        {
            return result;
        }

        var scores = ArrayPool<float>.Shared.Rent(_factors.ItemCount);
        var best = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var scale = _norms[item];
            RowDots.Compute(_factors.Items, _factors.Factors, _factors.Item(item), scores.AsSpan(0, _factors.ItemCount));
            for (var other = 0; other < _factors.ItemCount; other++)
            {
                scores[other] = other != item && HasFactors(other) ? scores[other] / (scale * _norms[other]) : float.NegativeInfinity;
            }

            var found = TopK.Select(scores.AsSpan(0, _factors.ItemCount), best.AsSpan(0, count), accept);
            for (var rank = 0; rank < found; rank++)
            {
                result.Add(new RankedItem(best[rank], scores[best[rank]], AnswerSource.Similar, item));
            }

            return result;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<int>.Shared.Return(best);
        }
    }
}
