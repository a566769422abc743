namespace Loyalty.ML.Recommendations.Als;

/// <summary>Turns purchase counts into the confidences ALS weighs the "bought" preference with.</summary>
internal static class Confidence
{
    public static CsrMatrix FromCounts(CsrMatrix counts, AlsOptions options)
    {
        var settings = FoldInSettings.From(options);
        var values = new float[counts.NonZeros];
        var source = counts.Values.AsSpan(0, counts.NonZeros);
        for (var entry = 0; entry < values.Length; entry++)
        {
            values[entry] = settings.ConfidenceOf(source[entry]);
        }

        return counts.WithValues(values);
    }
}
