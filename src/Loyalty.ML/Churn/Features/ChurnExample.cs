namespace Loyalty.ML.Churn.Features;

/// <summary>ML.NET input row: a customer's features as of a cutoff and whether they churned after it.</summary>
internal sealed class ChurnExample
{
    /// <summary>Feature vector in <see cref="ChurnFeature"/> order.</summary>
    public float[] Features { get; set; } = [];

    /// <summary>True when the customer made no purchase in the horizon after the cutoff.</summary>
    public bool Label { get; set; }
}
