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
        var indexBuffer = ArrayPool<int>.Shared.Rent(2 * items);
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
                mixing = new Mixing(ExactRange(factors, x, upper, lower, extremes, indexBuffer.AsSpan(0, 2 * items)), UnitRange.Of(other), part.FactorWeight, On: true);
                PersonalScores.Mix(lower, other, mixing.Als, mixing.Other, mixing.Weight, lower);
            }

            found = TopK.Select(lower, best, accept);
            if (found < best.Length)
            {
                found = 0;
                return false;
            }

            // The upper bounds are mixed as they are compared, the same operations as mixing them all first.
            var count = mixing.On ? CollectMixed(upper, other, mixing, lower[best[^1]], indexes) : Collect(upper, lower[best[^1]], indexes);
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
        // One pass: the items that may be the highest from the front of the buffer (twice the items long), those that may be the lowest from its back.
        var (highs, lows) = (0, 0);
        var width = Vector256<float>.Count;
        var (highest, lowest) = (Vector256.Create(extremes.HighestLower), Vector256.Create(extremes.LowestUpper));
        var item = 0;
        for (; item + width <= upper.Length; item += width)
        {
            if (Vector256.GreaterThanOrEqualAny(Vector256.Create(upper.Slice(item, width)), highest) || Vector256.LessThanOrEqualAny(Vector256.Create(lower.Slice(item, width)), lowest))
            {
                (highs, lows) = KeepExtremes(upper, lower, extremes, item, item + width, indexes, highs, lows);
            }
        }

        (highs, lows) = KeepExtremes(upper, lower, extremes, item, upper.Length, indexes, highs, lows);
        var high = Extreme(factors, x, indexes[..highs], TensorPrimitives.Max);
        var low = Extreme(factors, x, indexes[^lows..], TensorPrimitives.Min);
        return UnitRange.Between(low, high);
    }

    private static (int Highs, int Lows) KeepExtremes(ReadOnlySpan<float> upper, ReadOnlySpan<float> lower, (float HighestLower, float LowestUpper) extremes, int from, int to, Span<int> indexes, int highs, int lows)
    {
        for (var item = from; item < to; item++)
        {
            if (upper[item] >= extremes.HighestLower)
            {
                indexes[highs++] = item;
            }

            if (lower[item] <= extremes.LowestUpper)
            {
                indexes[indexes.Length - ++lows] = item;
            }
        }

        return (highs, lows);
    }

    private static float Extreme(AlsFactors factors, ReadOnlySpan<float> x, ReadOnlySpan<int> indexes, Func<ReadOnlySpan<float>, float> pick)
    {
        var buffer = ArrayPool<float>.Shared.Rent(indexes.Length);
        try
        {
            var exact = buffer.AsSpan(0, indexes.Length);
            RowDots.Compute(factors.Items, factors.Factors, x, indexes, exact);
            return pick(exact);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the indexes of the values at least <paramref name="limit"/>, ascending, and returns how many; blocks of eight with none are skipped.</summary>
    private static int Collect(ReadOnlySpan<float> values, float limit, Span<int> indexes)
    {
        var count = 0;
        var width = Vector256<float>.Count;
        var bound = Vector256.Create(limit);
        var item = 0;
        for (; item + width <= values.Length; item += width)
        {
            var block = Vector256.Create(values.Slice(item, width));
            if (Vector256.GreaterThanOrEqualAny(block, bound))
            {
                for (var inner = item; inner < item + width; inner++)
                {
                    count = Keep(values[inner], limit, inner, indexes, count);
                }
            }
        }

        for (; item < values.Length; item++)
        {
            count = Keep(values[item], limit, item, indexes, count);
        }

        return count;
    }

    /// <summary>Writes the indexes of the items whose mixed upper bound is at least <paramref name="limit"/>, ascending, and returns how many.</summary>
    private static int CollectMixed(ReadOnlySpan<float> upper, ReadOnlySpan<float> other, Mixing mixing, float limit, Span<int> indexes)
    {
        var count = 0;
        var width = Vector256<float>.Count;
        var bound = Vector256.Create(limit);
        var item = 0;
        for (; item + width <= upper.Length; item += width)
        {
            var mixed = PersonalScores.Mix(Vector256.Create(upper.Slice(item, width)), Vector256.Create(other.Slice(item, width)), mixing.Als, mixing.Other, mixing.Weight);
            if (Vector256.GreaterThanOrEqualAny(mixed, bound))
            {
                for (var lane = 0; lane < width; lane++)
                {
                    count = Keep(mixed.GetElement(lane), limit, item + lane, indexes, count);
                }
            }
        }

        for (; item < upper.Length; item++)
        {
            count = Keep(PersonalScores.Mix(upper[item], other[item], mixing.Als, mixing.Other, mixing.Weight), limit, item, indexes, count);
        }

        return count;
    }

    /// <summary>How the exact ALS score becomes the served one: as is, or mixed with the second list.</summary>
    private readonly record struct Mixing(UnitRange Als, UnitRange Other, float Weight, bool On)
    {
        public static Mixing None => default;
    }

    private static int Keep(float value, float limit, int item, Span<int> indexes, int count)
    {
        if (value >= limit)
        {
            indexes[count++] = item;
        }

        return count;
    }
}
