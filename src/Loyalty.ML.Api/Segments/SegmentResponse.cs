namespace Loyalty.ML.Api.Segments;

/// <summary>A customer's RFM scores and segment.</summary>
public sealed record SegmentResponse(string CustomerId, int Recency, int Frequency, int Monetary, string Segment, string ModelVersion);
