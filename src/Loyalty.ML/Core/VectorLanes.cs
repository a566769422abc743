using System.Runtime.Intrinsics;

namespace Loyalty.ML.Core;

/// <summary>The largest and smallest of a vector's lanes, with <see cref="Math.Max(float, float)"/>'s rules (NaN wins, −0 below +0).</summary>
internal static class VectorLanes
{
    public static float Max(Vector256<float> values)
    {
        var most = float.NegativeInfinity;
        for (var lane = 0; lane < Vector256<float>.Count; lane++)
        {
            most = Math.Max(most, values.GetElement(lane));
        }

        return most;
    }

    public static float Min(Vector256<float> values)
    {
        var least = float.PositiveInfinity;
        for (var lane = 0; lane < Vector256<float>.Count; lane++)
        {
            least = Math.Min(least, values.GetElement(lane));
        }

        return least;
    }
}
