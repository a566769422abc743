using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>How a blend scales one list of scores to [0, 1]: by its own lowest score and range (all 0 when flat).</summary>
internal readonly record struct UnitRange(float Low, float Inverse, bool Flat)
{
    /// <summary>
    /// The range of <paramref name="scores"/> read in one pass: the lowest and highest as <see cref="TensorPrimitives.Min{T}(ReadOnlySpan{T})"/>
    /// and <see cref="TensorPrimitives.Max{T}(ReadOnlySpan{T})"/> give them (NaN when any is NaN, −0 below +0).
    /// </summary>
    public static UnitRange Of(ReadOnlySpan<float> scores)
    {
        var width = Vector256<float>.Count;
        if (!Vector256.IsHardwareAccelerated || scores.Length < width)
        {
            return Between(TensorPrimitives.Min(scores), TensorPrimitives.Max(scores));
        }

        ref var first = ref MemoryMarshal.GetReference(scores);
        var low = Vector256.LoadUnsafe(ref first);
        var high = low;
        for (var at = (nuint)width; at + (nuint)width <= (nuint)scores.Length; at += (nuint)width)
        {
            var block = Vector256.LoadUnsafe(ref first, at);
            (low, high) = (Vector256.Min(low, block), Vector256.Max(high, block));
        }

        // The last eight again, overlapping what was read: taking a value twice changes neither extreme.
        var last = Vector256.LoadUnsafe(ref first, (nuint)(scores.Length - width));
        (low, high) = (Vector256.Min(low, last), Vector256.Max(high, last));
        return Between(VectorLanes.Min(low), VectorLanes.Max(high));
    }

    public static UnitRange Between(float low, float high) => high > low ? new UnitRange(low, 1 / (high - low), false) : new UnitRange(0, 0, true);

    public float Scale(float score) => Flat ? 0f : (score - Low) * Inverse;

    /// <summary><see cref="Scale(float)"/> of eight scores, the same operations per element.</summary>
    public Vector256<float> Scale(Vector256<float> scores) => Flat ? Vector256<float>.Zero : (scores - Vector256.Create(Low)) * Vector256.Create(Inverse);
}
