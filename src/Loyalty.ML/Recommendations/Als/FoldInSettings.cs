namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// The ALS settings a customer's factors are solved with, saved in the model so a fold-in after training weighs
/// purchases exactly as the fit did.
/// </summary>
public sealed record FoldInSettings(float Regularization, float Alpha, ConfidenceScaling Confidence, float Epsilon, double RecencyHalfLifeDays)
{
    /// <summary>The settings of models saved before they were recorded: the defaults every model was trained with then.</summary>
    public static FoldInSettings Defaults { get; } = From(new AlsOptions());

    /// <summary>The fold-in settings of a fit with <paramref name="options"/>.</summary>
    public static FoldInSettings From(AlsOptions options) =>
        new(options.Regularization, options.Alpha, options.Confidence, options.Epsilon, options.RecencyHalfLifeDays);

    /// <summary>The confidence of a purchase weight (a count, decayed by age): 1 + α·w, or 1 + α·log(1 + w/ε).</summary>
    public float ConfidenceOf(float weight) => Confidence == ConfidenceScaling.Log
        ? 1f + (Alpha * MathF.Log(1f + (weight / Epsilon)))
        : 1f + (Alpha * weight);
}
