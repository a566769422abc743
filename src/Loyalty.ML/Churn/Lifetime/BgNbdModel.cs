using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn.Lifetime;

/// <summary>
/// A fitted BG/NBD model (Fader, Hardie &amp; Lee 2005): purchase rate λ ~ Gamma(r, α), drop-out
/// probability after each purchase p ~ Beta(a, b). Times are in the unit the model was fitted in (days here).
/// </summary>
public sealed record BgNbdModel(double R, double Alpha, double A, double B)
{
    /// <summary>Log-likelihood of one customer's (x, tₓ, T).</summary>
    public double LogLikelihood(in PurchaseSummary customer)
    {
        var (x, tx, age) = (customer.Frequency, customer.Recency, customer.Age);
        var a1 = SpecialFunctions.LogGamma(R + x) - SpecialFunctions.LogGamma(R) + R * Math.Log(Alpha);
        var a2 = SpecialFunctions.LogGamma(A + B) + SpecialFunctions.LogGamma(B + x)
            - SpecialFunctions.LogGamma(B) - SpecialFunctions.LogGamma(A + B + x);
        var a3 = -(R + x) * Math.Log(Alpha + age);
        if (x <= 0)
        {
            return a1 + a2 + a3;
        }

        var a4 = Math.Log(A) - Math.Log(B + x - 1) - (R + x) * Math.Log(Alpha + tx);
        var max = Math.Max(a3, a4);
        return a1 + a2 + max + Math.Log(Math.Exp(a3 - max) + Math.Exp(a4 - max));
    }

    /// <summary>P(alive at the cutoff | history); 1 for customers with no repeat purchase, as in the model.</summary>
    public double ProbabilityAlive(in PurchaseSummary customer)
    {
        if (customer.Frequency <= 0)
        {
            return 1.0;
        }

        var x = customer.Frequency;
        var logRatio = (R + x) * (Math.Log(Alpha + customer.Age) - Math.Log(Alpha + customer.Recency));
        return 1.0 / (1.0 + A / (B + x - 1) * Math.Exp(logRatio));
    }

    /// <summary>Expected purchases in the <paramref name="horizon"/> after the cutoff, given the history.</summary>
    public double ExpectedPurchases(in PurchaseSummary customer, double horizon)
    {
        var x = customer.Frequency;
        var age = customer.Age;
        var z = horizon / (Alpha + age + horizon);
        var hypergeometric = SpecialFunctions.Hypergeometric2F1(R + x, B + x, A + B + x - 1, z);
        var numerator = (A + B + x - 1) / (A - 1)
            * (1 - Math.Exp((R + x) * Math.Log((Alpha + age) / (Alpha + age + horizon))) * hypergeometric);
        var denominator = x > 0
            ? 1 + A / (B + x - 1) * Math.Exp((R + x) * (Math.Log(Alpha + age) - Math.Log(Alpha + customer.Recency)))
            : 1.0;
        return Math.Max(0, numerator / denominator);
    }

    /// <summary>P(no purchase in the <paramref name="horizon"/> after the cutoff | history).</summary>
    public double ProbabilityNoPurchase(in PurchaseSummary customer, double horizon)
    {
        var alive = ProbabilityAlive(customer);
        var x = customer.Frequency;
        var silentIfAlive = Math.Exp((R + x) * Math.Log((Alpha + customer.Age) / (Alpha + customer.Age + horizon)));
        return 1 - alive + alive * silentIfAlive;
    }
}
