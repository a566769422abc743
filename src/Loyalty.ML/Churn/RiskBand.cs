namespace Loyalty.ML.Churn;

/// <summary>Churn risk band from configurable probability thresholds.</summary>
public enum RiskBand
{
    /// <summary>Below the medium threshold.</summary>
    Low,

    /// <summary>Between the medium and high thresholds.</summary>
    Medium,

    /// <summary>At or above the high threshold.</summary>
    High,
}
