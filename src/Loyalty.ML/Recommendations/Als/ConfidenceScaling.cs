namespace Loyalty.ML.Recommendations.Als;

/// <summary>How purchase counts become ALS confidences.</summary>
public enum ConfidenceScaling
{
    /// <summary>c = 1 + α·count (Hu, Koren &amp; Volinsky 2008).</summary>
    Linear,

    /// <summary>c = 1 + α·log(1 + count/ε): dampens customers who buy one item very often.</summary>
    Log,
}
