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
    private readonly int[] _withoutFactors;

    public ItemSimilarity(AlsFactors factors)
    {
        _factors = factors;
        _norms = new float[factors.ItemCount];
        for (var item = 0; item < factors.ItemCount; item++)
        {
            _norms[item] = TensorPrimitives.Norm(factors.Item(item));
        }

        _withoutFactors = Enumerable.Range(0, _norms.Length).Where(item => !HasFactors(item)).ToArray();
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
    public List<RankedItem> Nearest(int item, int count, Func<int, bool> accept, int[]? among) => Nearest(item, count, accept, among, default);

    /// <summary>
    /// As <see cref="Nearest(int, int, Func{int, bool})"/> from <paramref name="item"/>'s dots with every item already
    /// computed by <see cref="Dots"/> (empty: computed here).
    /// </summary>
    public List<RankedItem> Nearest(int item, int count, Func<int, bool> accept, ReadOnlySpan<float> dots) => Nearest(item, count, accept, null, dots);

    /// <summary>
    /// The factor dots of each of <paramref name="items"/> with every item, one row after another in
    /// <paramref name="dots"/>: the item factors read once for the batch, the same bits as one pass per item.
    /// </summary>
    public void Dots(ReadOnlySpan<int> items, Span<float> dots)
    {
        var k = _factors.Factors;
        var queries = ArrayPool<float>.Shared.Rent(items.Length * k);
        try
        {
            for (var index = 0; index < items.Length; index++)
            {
                _factors.Item(items[index]).CopyTo(queries.AsSpan(index * k, k));
            }

            RowDots.ComputeMany(_factors.Items, k, queries.AsSpan(0, items.Length * k), dots);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(queries);
        }
    }

    // Every item's dot divided by (item norm × its norm), the item itself and items without factors at −∞: the same
    // float operations per element as one division per item, in vector passes.
    private void Normalize(int item, Span<float> scored)
    {
        var divisors = ArrayPool<float>.Shared.Rent(scored.Length);
        try
        {
            var divisor = divisors.AsSpan(0, scored.Length);
            TensorPrimitives.Multiply(_norms, _norms[item], divisor);
            TensorPrimitives.Divide(scored, divisor, scored);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(divisors);
        }

        scored[item] = float.NegativeInfinity;
        foreach (var other in _withoutFactors)
        {
            scored[other] = float.NegativeInfinity;
        }
    }

    private List<RankedItem> Nearest(int item, int count, Func<int, bool> accept, int[]? among, ReadOnlySpan<float> dots)
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
            if (!dots.IsEmpty)
            {
                dots.CopyTo(scored);
            }
            else if (among is null)
            {
                RowDots.Compute(_factors.Items, _factors.Factors, _factors.Item(item), scored);
            }
            else
            {
                RowDots.Compute(_factors.Items, _factors.Factors, _factors.Item(item), among, scored);
            }

            if (among is null)
            {
                Normalize(item, scored);
            }
            else
            {
                for (var position = 0; position < length; position++)
                {
                    var other = among[position];
                    scored[position] = other != item && HasFactors(other) ? scored[position] / (scale * _norms[other]) : float.NegativeInfinity;
                }
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
