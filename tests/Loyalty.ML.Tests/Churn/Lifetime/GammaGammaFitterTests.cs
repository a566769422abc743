using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Tests.Churn.Lifetime;

public sealed class GammaGammaFitterTests
{
    // The parameters published by Fader, Hardie & Lee (2005b) for CDNOW.
    private static readonly GammaGammaModel Published = new(P: 6.25, Q: 3.74, V: 15.44);

    [Fact]
    public void Fit_DataSimulatedFromPublishedParameters_RecoversThemWithinTolerance()
    {
        var random = new Random(5);
        var frequencies = Enumerable.Range(0, 20_000).Select(_ => 1 + random.Next(8)).ToArray();
        var values = SimulatedCustomers.MeanValues(Published, frequencies, random);
        var customers = frequencies.Select((x, i) => new PurchaseSummary(x, 1, 1, values[i])).ToArray();

        var fitted = GammaGammaFitter.Fit(customers);

        Assert.NotNull(fitted);
        Assert.InRange(fitted.P, 6.25 * 0.85, 6.25 * 1.15);
        Assert.InRange(fitted.Q, 3.74 * 0.85, 3.74 * 1.15);
        Assert.InRange(fitted.V, 15.44 * 0.75, 15.44 * 1.25);
    }

    [Fact]
    public void Fit_TooFewRepeatBuyers_ReturnsNull()
    {
        var customers = new[] { new PurchaseSummary(0, 0, 10, 0), new PurchaseSummary(2, 5, 10, 30) };

        Assert.Null(GammaGammaFitter.Fit(customers));
    }

    [Fact]
    public void ExpectedAverageValue_ShrinksTowardsThePopulationMean()
    {
        var populationMean = Published.P * Published.V / (Published.Q - 1);
        var big = new PurchaseSummary(2, 5, 10, populationMean * 3);

        var expected = Published.ExpectedAverageValue(big);

        Assert.InRange(expected, populationMean, populationMean * 3);
        Assert.Equal(populationMean, Published.ExpectedAverageValue(new PurchaseSummary(0, 0, 10)), 9);
    }
}
