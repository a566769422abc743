using System.Buffers;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
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

    // Every item's dot from dots divided by (item norm × its norm) into scored, the item itself and items without
    // factors at −∞: one vector pass with the same float operations per element as one division per item.
    private void Normalize(int item, ReadOnlySpan<float> dots, Span<float> scored)
    {
        var (scale, width, index) = (_norms[item], Vector<float>.Count, 0);
        var scales = new Vector<float>(scale);
        ref var dot = ref MemoryMarshal.GetReference(dots);
        ref var norm = ref MemoryMarshal.GetArrayDataReference(_norms);
        ref var target = ref MemoryMarshal.GetReference(scored);
        for (; index + width <= scored.Length; index += width)
        {
            (Vector.LoadUnsafe(ref dot, (nuint)index) / (Vector.LoadUnsafe(ref norm, (nuint)index) * scales)).StoreUnsafe(ref target, (nuint)index);
        }

        for (; index < scored.Length; index++)
        {
            scored[index] = dots[index] / (_norms[index] * scale);
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
            if (among is null)
            {
                if (dots.IsEmpty)
                {
                    RowDots.Compute(_factors.Items, _factors.Factors, _factors.Item(item), scored);
                    dots = scored;
                }

                Normalize(item, dots[..length], scored);
            }
            else
            {
                if (dots.IsEmpty)
                {
                    RowDots.Compute(_factors.Items, _factors.Factors, _factors.Item(item), among, scored);
                }
                else
                {
                    dots.CopyTo(scored);
                }

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
