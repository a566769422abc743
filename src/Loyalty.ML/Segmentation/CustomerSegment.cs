namespace Loyalty.ML.Segmentation;

/// <summary>A customer's RFM scores (1–5 each, 5 best) and the named segment they place the customer in.</summary>
public sealed record CustomerSegment(string CustomerId, int Recency, int Frequency, int Monetary, string Segment);
