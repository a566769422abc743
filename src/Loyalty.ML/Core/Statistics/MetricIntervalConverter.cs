using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Core.Statistics;

/// <summary>Reads and writes <see cref="MetricInterval"/> as the two-number array metrics.json has always held.</summary>
internal sealed class MetricIntervalConverter : JsonConverter<MetricInterval>
{
    public override MetricInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var low = reader.TokenType == JsonTokenType.StartArray && reader.Read() ? ReadNumber(ref reader) : throw NotAnInterval();
        var high = reader.Read() ? ReadNumber(ref reader) : throw NotAnInterval();
        return reader.Read() && reader.TokenType == JsonTokenType.EndArray ? new MetricInterval(low, high) : throw NotAnInterval();
    }

    public override void Write(Utf8JsonWriter writer, MetricInterval value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        WriteNumber(writer, value.Low);
        WriteNumber(writer, value.High);
        writer.WriteEndArray();
    }

    private static double ReadNumber(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetDouble(),
        JsonTokenType.String when double.TryParse(reader.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var named) => named,
        _ => throw NotAnInterval(),
    };

    private static JsonException NotAnInterval() => new("An interval is an array of two numbers.");

    private static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
