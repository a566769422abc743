using System.Text.Json.Serialization;

namespace Loyalty.ML.Segmentation;

/// <summary>The <c>segments</c> section of metrics.json: customers scored and how many fall in each RFM segment.</summary>
/// <param name="Customers">Customers scored.</param>
/// <param name="Counts">Customers per segment, every segment of <see cref="RfmSegments.All"/> in its order.</param>
public sealed record SegmentMetrics(
    [property: JsonPropertyName("customers")] int Customers,
    [property: JsonPropertyName("counts")] IReadOnlyDictionary<string, int> Counts);
