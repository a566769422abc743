using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class ConfidenceTests
{
    [Fact]
    public void FromWeightsInPlace_LinearScaling_OverwritesTheWeightsArrayWithOnePlusAlphaTimesEach()
    {
        var weights = new CsrMatrix(2, 3, [0, 2, 3], [0, 2, 1], [1f, 3f, 0.5f]);
        var values = weights.Values;

        var confidence = Confidence.FromWeightsInPlace(weights, new AlsOptions { Alpha = 4f, Confidence = ConfidenceScaling.Linear });

        Assert.Same(weights, confidence);
        Assert.Same(values, confidence.Values);
        Assert.Equal([5f, 13f, 3f], confidence.Values);
    }

    [Fact]
    public void FromWeightsInPlace_LogScaling_UsesTheFoldInsConfidence()
    {
        var options = new AlsOptions { Alpha = 2f, Epsilon = 0.5f, Confidence = ConfidenceScaling.Log };
        var weights = new CsrMatrix(1, 2, [0, 2], [0, 1], [1f, 4f]);

        Confidence.FromWeightsInPlace(weights, options);

        Assert.Equal([1f + (2f * MathF.Log(3f)), 1f + (2f * MathF.Log(9f))], weights.Values);
    }
}
