using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Candidates;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// The personal top-k of a factor-scored part (ALS or its blend) without scoring every item in float32: every item's
/// score bounded from the 8-bit item copy, the k-th best lower bound among accepted items taken as a floor, and only
/// the items whose upper bound reaches it rescored exactly. The answer — items, order, ties and score bits — is the
/// one the full float32 scan and <see cref="TopK"/> give: every item of that answer has an upper bound at or above the
/// floor, and the items left out could not enter it.
/// </summary>
internal static class BoundedTopK
{
    /// <summary>
    /// Writes the best items and their scores, best first, into <paramref name="best"/> and
    /// <paramref name="bestScores"/> (length k) and sets <paramref name="found"/>; false (nothing decided) when the
    /// bounds cannot be used: a copy of other factors, factors that are not finite, or fewer than k accepted items.
    /// </summary>
    public static bool TrySelect(RecommenderModel model, QuantizedItems quantized, IFactorPart part, int customer, Func<int, bool> accept, Span<int> best, Span<float> bestScores, out int found)
    {
        found = 0;
        var factors = model.Factors;
        var items = model.Items.Count;
        if (!ReferenceEquals(quantized.Source, factors.Items) || quantized.ItemCount != items || quantized.Factors != factors.Factors || best.IsEmpty)
        {
            return false;
        }

        var pool = ArrayPool<float>.Shared;
        var (upperBuffer, otherBuffer, lowerBuffer) = (pool.Rent(items), pool.Rent(items), pool.Rent(items));
        var indexBuffer = ArrayPool<int>.Shared.Rent(items);
        try
        {
            var upper = upperBuffer.AsSpan(0, items);
            var other = otherBuffer.AsSpan(0, items);
            var lower = lowerBuffer.AsSpan(0, items);
            var indexes = indexBuffer.AsSpan(0, items);
            var x = factors.Customer(customer);
            if (quantized.Bound(x, lower, upper) is not { } extremes)
            {
                return false;
            }

            var mixing = Mixing.None;
            if (part.Other(model, customer, other))
            {
                mixing = new Mixing(ExactRange(factors, x, upper, lower, extremes, indexes), UnitRange.Of(other), part.FactorWeight, On: true);
                PersonalScores.Mix(lower, other, mixing.Als, mixing.Other, mixing.Weight, lower);
                PersonalScores.Mix(upper, other, mixing.Als, mixing.Other, mixing.Weight, upper);
            }

            found = TopK.Select(lower, best, accept);
            if (found < best.Length)
            {
                found = 0;
                return false;
            }

            var count = Collect(upper, lower[best[^1]], atLeast: true, indexes);
            found = Rescore(factors, x, indexBuffer, count, other, mixing, accept, best, bestScores);
            return true;
        }
        finally
        {
            pool.Return(upperBuffer);
            pool.Return(otherBuffer);
            pool.Return(lowerBuffer);
            ArrayPool<int>.Shared.Return(indexBuffer);
        }
    }

    /// <summary>The top-k of the first <paramref name="count"/> items of <paramref name="candidates"/> (ascending), rescored exactly.</summary>
    private static int Rescore(AlsFactors factors, ReadOnlySpan<float> x, int[] candidates, int count, ReadOnlySpan<float> other, Mixing mixing, Func<int, bool> accept, Span<int> best, Span<float> bestScores)
    {
        var scoreBuffer = ArrayPool<float>.Shared.Rent(count);
        var pickBuffer = ArrayPool<int>.Shared.Rent(best.Length);
        try
        {
            var exact = scoreBuffer.AsSpan(0, count);
            RowDots.Compute(factors.Items, factors.Factors, x, candidates.AsSpan(0, count), exact);
            for (var index = 0; mixing.On && index < count; index++)
            {
                exact[index] = PersonalScores.Mix(exact[index], other[candidates[index]], mixing.Als, mixing.Other, mixing.Weight);
            }

            // Candidates are in ascending item order, so TopK's tie rule (lower index first) is the item order's.
            var picks = pickBuffer.AsSpan(0, best.Length);
            var found = TopK.Select(exact, picks, index => accept(candidates[index]));
            for (var rank = 0; rank < found; rank++)
            {
                (best[rank], bestScores[rank]) = (candidates[picks[rank]], exact[picks[rank]]);
            }

            return found;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scoreBuffer);
            ArrayPool<int>.Shared.Return(pickBuffer);
        }
    }

    /// <summary>
    /// The exact range of the customer's float32 ALS scores: the lowest and highest of the items whose bounds allow them
    /// to be the lowest or the highest, rescored exactly.
    /// </summary>
    private static UnitRange ExactRange(AlsFactors factors, ReadOnlySpan<float> x, ReadOnlySpan<float> upper, ReadOnlySpan<float> lower, (float HighestLower, float LowestUpper) extremes, Span<int> indexes)
    {
        var high = Extreme(factors, x, indexes, Collect(upper, extremes.HighestLower, atLeast: true, indexes), TensorPrimitives.Max);
        var low = Extreme(factors, x, indexes, Collect(lower, extremes.LowestUpper, atLeast: false, indexes), TensorPrimitives.Min);
        return UnitRange.Between(low, high);
    }

    private static float Extreme(AlsFactors factors, ReadOnlySpan<float> x, ReadOnlySpan<int> indexes, int count, Func<ReadOnlySpan<float>, float> pick)
    {
        var buffer = ArrayPool<float>.Shared.Rent(count);
        try
        {
            var exact = buffer.AsSpan(0, count);
            RowDots.Compute(factors.Items, factors.Factors, x, indexes[..count], exact);
            return pick(exact);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the indexes of the values at least (or at most) <paramref name="limit"/>, ascending, and returns how many; blocks of eight with none are skipped.</summary>
    private static int Collect(ReadOnlySpan<float> values, float limit, bool atLeast, Span<int> indexes)
    {
        var count = 0;
        var width = Vector256<float>.Count;
        var bound = Vector256.Create(limit);
        var item = 0;
        for (; item + width <= values.Length; item += width)
        {
            var block = Vector256.Create(values.Slice(item, width));
            if (atLeast ? Vector256.GreaterThanOrEqualAny(block, bound) : Vector256.LessThanOrEqualAny(block, bound))
            {
                for (var inner = item; inner < item + width; inner++)
                {
                    count = Keep(values[inner], limit, atLeast, inner, indexes, count);
                }
            }
        }

        for (; item < values.Length; item++)
        {
            count = Keep(values[item], limit, atLeast, item, indexes, count);
        }

        return count;
    }

    /// <summary>How the exact ALS score becomes the served one: as is, or mixed with the second list.</summary>
    private readonly record struct Mixing(UnitRange Als, UnitRange Other, float Weight, bool On)
    {
        public static Mixing None => default;
    }

    private static int Keep(float value, float limit, bool atLeast, int item, Span<int> indexes, int count)
    {
        if (atLeast ? value >= limit : value <= limit)
        {
            indexes[count++] = item;
        }

        return count;
    }
}
