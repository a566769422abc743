namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>How a <see cref="KpiTile"/>'s value is written.</summary>
public enum TileKind
{
    /// <summary>A whole number of customers, orders …</summary>
    Count,

    /// <summary>An amount in the data's currency.</summary>
    Money,

    /// <summary>A percentage (the value is in percent).</summary>
    Percent,

    /// <summary>A score such as an AUC, or a ratio such as a lift.</summary>
    Ratio,
}
