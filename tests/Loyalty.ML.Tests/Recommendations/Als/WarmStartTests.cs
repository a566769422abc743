using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class WarmStartTests
{
    [Fact]
    public void Rows_EarlierFitAndNewWindow_KeepsEarlierRowsDrawsNewOnesAndZeroesEmptyOnes()
    {
        // Rows 0 and 1 have entries in the new window, row 2 has none; row 1 was empty in the earlier fit.
        var matrix = new CsrMatrix(3, 1, [0, 1, 2, 2], [0, 0], [1f, 1f]);
        float[] earlier = [1f, 2f, 0f, 0f, 5f, 6f];
        float[] drawn = [9f, 9f, 7f, 8f, 9f, 9f];

        var start = WarmStart.Rows(earlier, drawn, matrix, factors: 2);

        Assert.Same(earlier, start);
        Assert.Equal([1f, 2f, 7f, 8f, 0f, 0f], start);
    }

    [Theory]
    [InlineData(15, 5)]
    [InlineData(6, 2)]
    [InlineData(1, 1)]
    public void IterationsFor_ColdIterations_IsAThirdRoundedUpAtLeastOne(int cold, int warm) =>
        Assert.Equal(warm, WarmStart.IterationsFor(cold));

    [Fact]
    public void Fit_WarmStartedFromAConvergedFit_StaysCloserToItThanAColdFitOfAsManyIterations()
    {
        var matrix = new CsrMatrix(4, 3, [0, 2, 4, 5, 6], [0, 1, 1, 2, 0, 2], [3f, 1f, 2f, 2f, 1f, 4f]);
        var options = new AlsOptions { Factors = 2, Iterations = 30, Threads = 1 };
        string[] customers = ["a", "b", "c", "d"], items = ["x", "y", "z"];
        var converged = ImplicitAls.Fit(matrix, options, customers, items).Factors;
        var reference = (float[])converged.Items.Clone();

        var warm = ImplicitAls.Fit(matrix, options, customers, items, warm: new WarmStart(converged, 1, "test")).Factors;
        var cold = ImplicitAls.Fit(matrix, options with { Iterations = 1 }, customers, items).Factors;

        Assert.True(Distance(warm.Items, reference) < Distance(cold.Items, reference) / 10, $"warm {Distance(warm.Items, reference)} vs cold {Distance(cold.Items, reference)}");
    }

    private static double Distance(float[] a, float[] b) => Math.Sqrt(a.Zip(b, (x, y) => (double)(x - y) * (x - y)).Sum());
}
