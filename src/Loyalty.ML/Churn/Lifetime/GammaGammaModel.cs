using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn.Lifetime;

/// <summary>
/// A fitted Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005b): each purchase value ~ Gamma(p, ν),
/// ν ~ Gamma(q, v) across customers, independent of the purchase process.
/// </summary>
public sealed record GammaGammaModel(double P, double Q, double V)
{
    /// <summary>Log-likelihood of one customer's mean repeat value <c>mₓ</c> over x repeat purchases.</summary>
    public double LogLikelihood(in PurchaseSummary customer)
    {
        var x = customer.Frequency;
        var m = customer.MonetaryValue;
        var px = P * x;
        return SpecialFunctions.LogGamma(px + Q) - SpecialFunctions.LogGamma(px) - SpecialFunctions.LogGamma(Q)
            + Q * Math.Log(V) + (px - 1) * Math.Log(m) + px * Math.Log(x) - (px + Q) * Math.Log(x * m + V);
    }

    /// <summary>Expected value of a purchase given the history; the population mean for customers without repeat purchases.</summary>
    public double ExpectedAverageValue(in PurchaseSummary customer)
    {
        var x = customer.Frequency;
        if (x <= 0 || customer.MonetaryValue <= 0)
        {
            return Q > 1 ? P * V / (Q - 1) : customer.MonetaryValue;
        }

        return P * (V + x * customer.MonetaryValue) / (P * x + Q - 1);
    }
}
