using Loyalty.ML.Churn.Lifetime;

namespace Loyalty.ML.Tests.Churn.Lifetime;

public sealed class BgNbdFitterTests
{
    // The CDNOW parameters published by Fader, Hardie & Lee (2005), time in weeks.
    private static readonly BgNbdModel Cdnow = new(R: 0.243, Alpha: 4.414, A: 0.793, B: 2.426);

    [Fact]
    public void Fit_DataSimulatedFromCdnowParameters_RecoversThemWithinTolerance()
    {
        var customers = SimulatedCustomers.Summaries(Cdnow, 20_000, age: 39, new Random(7));

        var fitted = BgNbdFitter.Fit(customers);

        Assert.InRange(fitted.R, 0.243 * 0.85, 0.243 * 1.15);
        Assert.InRange(fitted.Alpha, 4.414 * 0.8, 4.414 * 1.2);
        Assert.InRange(fitted.A, 0.793 * 0.6, 0.793 * 1.4);
        Assert.InRange(fitted.B, 2.426 * 0.6, 2.426 * 1.4);
    }

    [Fact]
    public void Fit_Result_IsALocalMaximumOfTheModelLikelihood()
    {
        var customers = SimulatedCustomers.Summaries(Cdnow, 3_000, age: 39, new Random(3));
        var fitted = BgNbdFitter.Fit(customers);
        double Total(BgNbdModel model) => customers.Sum(customer => model.LogLikelihood(customer));

        var best = Total(fitted);

        Assert.True(best > Total(fitted with { R = fitted.R * 1.05 }));
        Assert.True(best > Total(fitted with { Alpha = fitted.Alpha * 0.95 }));
        Assert.True(best > Total(fitted with { A = fitted.A * 1.05 }));
        Assert.True(best > Total(fitted with { B = fitted.B * 0.95 }));
    }

    [Fact]
    public void Fit_NoCustomers_Throws()
    {
        Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit([]));
    }
}
