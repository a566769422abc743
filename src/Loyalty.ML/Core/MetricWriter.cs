using System.Text.Json;

namespace Loyalty.ML.Core;

/// <summary>Numbers in hand-written metrics converters, with bundle files' named literals for NaN and the infinities.</summary>
internal static class MetricWriter
{
    /// <summary>Writes <paramref name="value"/> as a number, or as <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c> when not finite.</summary>
    public static void WriteMetric(this Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
