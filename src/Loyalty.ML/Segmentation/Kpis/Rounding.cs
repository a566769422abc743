namespace Loyalty.ML.Segmentation.Kpis;

/// <summary>How KPI figures are rounded for metrics.json.</summary>
internal static class Rounding
{
    /// <summary>Two decimals, halves away from zero.</summary>
    public static double Cents(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
