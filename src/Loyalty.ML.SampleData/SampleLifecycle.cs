namespace Loyalty.ML.SampleData;

/// <summary>Where a generated customer stands at the end of the history (the churn ground truth).</summary>
public enum SampleLifecycle
{
    /// <summary>Buying at their usual pace, with no churn scheduled before the end.</summary>
    Active,

    /// <summary>Buying less and less; will stop after the end of the history (churned_at is in the future).</summary>
    Lapsing,

    /// <summary>Stopped buying at churned_at, on or before the end of the history.</summary>
    Churned,
}
