using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// One customer's score for every item under the model's personal candidate, and the helpers candidates share.
/// Serving and the evaluation both rank from here, so the lists evaluated are the lists served.
/// </summary>
internal static class PersonalScores
{
    // A candidate that leaves most items at 0 for a customer with few items has popularity order those ties instead of the index.
    private const float PopularityTieBreak = 1e-4f;

    private static readonly ConditionalWeakTable<float[], PopularityTop> PopularityTops = [];

    public static void Fill(RecommenderModel model, int customer, Span<float> scores) => model.Personal.Score(model, customer, scores);

    /// <summary>Fills <paramref name="scores"/> with the model's popularity scaled to at most <see cref="PopularityTieBreak"/>: the order of items a candidate leaves tied.</summary>
    public static void TieBreak(RecommenderModel model, Span<float> scores)
    {
        var popularity = model.Popularity.AsSpan(0, scores.Length);
        var top = popularity.IsEmpty ? 0 : TopOf(model.Popularity, scores.Length);
        if (top > 0)
        {
            TensorPrimitives.Multiply(popularity, PopularityTieBreak / top, scores);
        }
        else
        {
            scores.Clear();
        }
    }

    /// <summary>
    /// The largest of the first <paramref name="length"/> popularities, found once per array rather than once per
    /// customer: a model's popularity array is filled when it is built and never changed after.
    /// </summary>
    private static float TopOf(float[] popularity, int length)
    {
        if (PopularityTops.TryGetValue(popularity, out var known) && known.Length == length)
        {
            return known.Max;
        }

        var top = new PopularityTop(length, TensorPrimitives.Max(popularity.AsSpan(0, length)));
        PopularityTops.AddOrUpdate(popularity, top);
        return top.Max;
    }

    /// <summary>
    /// <paramref name="als"/> ← w·unit(<paramref name="als"/>) + (1 − w)·unit(<paramref name="knn"/>), each scaled to [0, 1]
    /// by its own range (all 0 when flat), in one pass: the same operations per element, in the same order, as scaling
    /// each list and adding them up in separate passes, so the same bits.
    /// </summary>
    public static void Combine(Span<float> als, ReadOnlySpan<float> knn, float weight)
    {
        if (!als.IsEmpty)
        {
            Mix(als, knn, UnitRange.Of(als), UnitRange.Of(knn), weight, als);
        }
    }

    /// <summary>
    /// <paramref name="mixed"/>[i] ← <see cref="Mix(float, float, UnitRange, UnitRange, float)"/> of the two lists' i-th
    /// scores, eight at a time with the same operations: the same bits as one element at a time. Non-decreasing in
    /// each score (every step is), so bounds on a score give bounds on its mix.
    /// </summary>
    public static void Mix(ReadOnlySpan<float> als, ReadOnlySpan<float> knn, UnitRange alsRange, UnitRange knnRange, float weight, Span<float> mixed)
    {
        var item = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; item + Vector256<float>.Count <= als.Length; item += Vector256<float>.Count)
            {
                Mix(Vector256.Create(als.Slice(item, Vector256<float>.Count)), Vector256.Create(knn.Slice(item, Vector256<float>.Count)), alsRange, knnRange, weight)
                    .CopyTo(mixed.Slice(item, Vector256<float>.Count));
            }
        }

        for (; item < als.Length; item++)
        {
            mixed[item] = Mix(als[item], knn[item], alsRange, knnRange, weight);
        }
    }

    /// <summary>Eight items' blended scores, the same operations per element as <see cref="Mix(float, float, UnitRange, UnitRange, float)"/>.</summary>
    public static Vector256<float> Mix(Vector256<float> als, Vector256<float> knn, UnitRange alsRange, UnitRange knnRange, float weight) =>
        (knnRange.Scale(knn) * Vector256.Create(1 - weight)) + (alsRange.Scale(als) * Vector256.Create(weight));

    /// <summary>One item's blended score: w·unit(als) + (1 − w)·unit(knn).</summary>
    public static float Mix(float als, float knn, UnitRange alsRange, UnitRange knnRange, float weight) =>
        (knnRange.Scale(knn) * (1 - weight)) + (alsRange.Scale(als) * weight);

    /// <summary>A popularity array's largest value over its first <see cref="Length"/> items.</summary>
    private sealed record PopularityTop(int Length, float Max);
}
