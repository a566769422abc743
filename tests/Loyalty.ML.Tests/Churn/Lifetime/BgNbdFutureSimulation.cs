using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.SampleData.BuyTillYouDie;

namespace Loyalty.ML.Tests.Churn.Lifetime;

/// <summary>
/// Customers drawn from a BG/NBD model and followed past a cutoff: each one's (x, tₓ, T) at the cutoff and whether
/// they bought in the horizon after it. λ ~ Gamma(r, α), p ~ Beta(a, b); purchases are Poisson(λ) from a first
/// purchase at 0, and after each repeat purchase the customer drops out with probability p.
/// </summary>
internal static class BgNbdFutureSimulation
{
    public static (PurchaseSummary Summary, bool BoughtInHorizon)[] Customers(BgNbdModel model, int customers, double age, double horizon, Random random)
    {
        var result = new (PurchaseSummary, bool)[customers];
        for (var customer = 0; customer < customers; customer++)
        {
            var rate = RandomDistributions.Gamma(random, model.R, model.Alpha);
            var dropOut = RandomDistributions.Beta(random, model.A, model.B);
            var (time, repeats, last, bought) = (0.0, 0, 0.0, false);
            while (true)
            {
                time += RandomDistributions.Exponential(random, rate);
                if (time > age + horizon)
                {
                    break;
                }

                if (time > age)
                {
                    bought = true;
                    break;
                }

                (repeats, last) = (repeats + 1, time);
                if (random.NextDouble() < dropOut)
                {
                    break;
                }
            }

            result[customer] = (new PurchaseSummary(repeats, last, age), bought);
        }

        return result;
    }
}
