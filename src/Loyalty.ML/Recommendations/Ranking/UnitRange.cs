using System.Numerics.Tensors;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>How a blend scales one list of scores to [0, 1]: by its own lowest score and range (all 0 when flat).</summary>
internal readonly record struct UnitRange(float Low, float Inverse, bool Flat)
{
    public static UnitRange Of(ReadOnlySpan<float> scores) => Between(TensorPrimitives.Min(scores), TensorPrimitives.Max(scores));

    public static UnitRange Between(float low, float high) => high > low ? new UnitRange(low, 1 / (high - low), false) : new UnitRange(0, 0, true);

    public float Scale(float score) => Flat ? 0f : (score - Low) * Inverse;
}
