using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>Test customers split by whether their whole history is one purchase day.</summary>
/// <param name="OneTime">Customers with one purchase day.</param>
/// <param name="Repeat">Customers with two purchase days or more.</param>
public sealed record ChurnSegments(
    [property: JsonPropertyName("one_time")] SegmentScores OneTime,
    [property: JsonPropertyName("repeat")] SegmentScores Repeat);
