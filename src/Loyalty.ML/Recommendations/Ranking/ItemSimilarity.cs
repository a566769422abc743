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
    public List<RankedItem> Nearest(int item, int count, Func<int, bool> accept) => Nearest(item, count, accept, among: null);

    /// <summary>
    /// As <see cref="Nearest(int, int, Func{int, bool})"/>, scoring only <paramref name="among"/> (ascending item
    /// indexes; null: every item): the same answer as scoring all items and rejecting the others, for the cost of
    /// the candidates alone.
    /// </summary>
    public List<RankedItem> Nearest(int item, int count, Func<int, bool> accept, int[]? among)
    {
        var result = new List<RankedItem>(count);
        if (!HasFactors(item) || count <= 0)
        {
            return result;
        }

        var length = among?.Length ?? _factors.ItemCount;
        var scores = ArrayPool<float>.Shared.Rent(length);
        var best = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var scale = _norms[item];
            var scored = scores.AsSpan(0, length);
            if (among is null)
            {
                RowDots.Compute(_factors.Items, _factors.Factors, _factors.Item(item), scored);
            }
            else
            {
                RowDots.Compute(_factors.Items, _factors.Factors, _factors.Item(item), among, scored);
            }

            for (var position = 0; position < length; position++)
            {
                var other = among is null ? position : among[position];
                scored[position] = other != item && HasFactors(other) ? scored[position] / (scale * _norms[other]) : float.NegativeInfinity;
            }

            var found = among is null
                ? TopK.Select(scored, best.AsSpan(0, count), accept)
                : TopK.Select(scored, best.AsSpan(0, count), position => accept(among[position]));
            for (var rank = 0; rank < found; rank++)
            {
                var other = among is null ? best[rank] : among[best[rank]];
                result.Add(new RankedItem(other, scores[best[rank]], AnswerSource.Similar, item));
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
