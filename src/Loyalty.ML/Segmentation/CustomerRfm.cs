namespace Loyalty.ML.Segmentation;

/// <summary>
/// A customer's RFM values as of the last date in the data, their 1–5 scores and segment: recency in
/// whole days since the last purchase, frequency as the number of orders, monetary as the spend on
/// purchases (returns not netted).
/// </summary>
public sealed record CustomerRfm(string CustomerId, int RecencyDays, int Frequency, double Monetary, int R, int F, int M, string Segment)
{
    /// <summary>The serving view: scores and segment.</summary>
    public CustomerSegment ToSegment() => new(CustomerId, R, F, M, Segment);
}
