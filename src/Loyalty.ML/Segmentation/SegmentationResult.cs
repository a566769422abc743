using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Segmentation;

/// <summary>What segmentation produced: every customer's RFM scores and segment, the KPIs, and the metrics and settings to record.</summary>
/// <param name="Customers">Every buying customer's RFM scores and segment (what <see cref="SegmentsFile"/> saves).</param>
/// <param name="Kpis">The programme's KPIs over the whole history.</param>
/// <param name="Metrics">Customers per segment, the <c>segments</c> section of metrics.json.</param>
/// <param name="Parameters">The settings used, as the manifest records them.</param>
internal sealed record SegmentationResult(
    IReadOnlyList<CustomerRfm> Customers,
    ProgramKpis Kpis,
    SegmentMetrics Metrics,
    SegmentationParameters Parameters)
{
    /// <summary>Each customer's segment by customer id, as the offers and the API read them.</summary>
    public IReadOnlyDictionary<string, CustomerSegment> Segments() =>
        Customers.ToDictionary(customer => customer.CustomerId, customer => customer.ToSegment(), StringComparer.Ordinal);
}
