using System.Runtime.CompilerServices;
using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;
using Microsoft.ML;
using Microsoft.ML.Runtime;

namespace Loyalty.ML.Tests.Churn;

public sealed class ChurnModelTests
{
    private const int Rows = 2_000;

    // The evaluation's stacking and conversion run beside the published model's trees: examples held through a fit's
    // trees were laid under the other side's, the churn stage's peak.
    [Fact]
    public void Fit_PastItsConversion_TheExamplesFeaturesAreFreedBeforeItsTreesAreGrown()
    {
        var ml = new MLContext(seed: 1);
        var converted = false;
        bool? aliveWhileGrowing = null;
        WeakReference? features = null;
        ml.Log += (_, message) =>
        {
            if (converted && aliveWhileGrowing is null)
            {
                GC.Collect();
                aliveWhileGrowing = features!.IsAlive;
            }

            converted |= message.Kind == ChannelMessageKind.Trace
                && message.RawMessage == "Channel disposed"
                && message.Source.EndsWith("Conversion", StringComparison.Ordinal);
        };

        var model = FitOnNewExamples(ml, out features);

        Assert.True(converted, "the fit did not convert its examples by column");
        Assert.False(aliveWhileGrowing ?? true, "the features were held while the trees were grown");
        Assert.True(model.Predict(Features(Labels(), out _))[0] > 0.5f); // still a fitted model: churn follows feature 0
    }

    // No local holds the features: they reach the fit only through its argument (optimized code holds none past its use).
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static ChurnModel FitOnNewExamples(MLContext ml, out WeakReference features)
    {
        var labels = Labels();
        return ChurnModel.Fit(ml, new ChurnOptions { NumberOfTrees = 20 }, Features(labels, out features), labels);
    }

    private static bool[] Labels() => [.. Enumerable.Range(0, Rows).Select(row => row % 3 == 0)];

    // Feature 0 is the label with noise; the others are noise.
    private static float[] Features(bool[] labels, out WeakReference held)
    {
        var random = new Random(1);
        var features = new float[labels.Length * ChurnSnapshot.FeatureCount];
        for (var row = 0; row < labels.Length; row++)
        {
            for (var feature = 0; feature < ChurnSnapshot.FeatureCount; feature++)
            {
                features[(row * ChurnSnapshot.FeatureCount) + feature] = random.NextSingle();
            }

            features[row * ChurnSnapshot.FeatureCount] += labels[row] ? 1 : 0;
        }

        held = new WeakReference(features);
        return features;
    }
}
