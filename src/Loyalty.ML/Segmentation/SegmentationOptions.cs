using Loyalty.ML.Segmentation.Kpis;


namespace Loyalty.ML.Segmentation;

/// <summary>Settings of the segmentation step: the KPI windows (RFM itself has none: it scores by quintile).</summary>
public sealed record SegmentationOptions
{
    /// <summary>Windows of the program KPIs.</summary>
    public KpiOptions Kpis { get; init; } = new();
}
