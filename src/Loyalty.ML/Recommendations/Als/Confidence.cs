namespace Loyalty.ML.Recommendations.Als;

/// <summary>Turns purchase counts into the confidences ALS weighs the "bought" preference with.</summary>
internal static class Confidence
{
    /// <summary>
    /// Replaces <paramref name="weights"/>' values by their confidences, in place, and returns the same matrix: a fit's
    /// weights are read once, so a second array the size of every (customer, item) pair would only be garbage.
    /// </summary>
    public static CsrMatrix FromWeightsInPlace(CsrMatrix weights, AlsOptions options)
    {
        var settings = FoldInSettings.From(options);
        var values = weights.Values.AsSpan(0, weights.NonZeros);
        for (var entry = 0; entry < values.Length; entry++)
        {
            values[entry] = settings.ConfidenceOf(values[entry]);
        }

        return weights;
    }
}
