namespace Loyalty.ML.Segmentation;

/// <summary>The segmentation settings a run used, as the bundle's manifest records them.</summary>
/// <param name="ScoreBands">Number of R, F and M score bands (quintiles).</param>
/// <param name="ActiveDays">A customer with an order in this many last days counts as active.</param>
/// <param name="RetentionPeriodDays">Length of the periods retention compares.</param>
internal sealed record SegmentationParameters(int ScoreBands, int ActiveDays, int RetentionPeriodDays);
