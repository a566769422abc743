using Loyalty.ML.Churn.Lifetime;

namespace Loyalty.ML.Tests.Churn.Lifetime;

public sealed class NelderMeadTests
{
    [Fact]
    public void Minimize_Rosenbrock_FindsTheMinimumAtOneOne()
    {
        static double Rosenbrock(double[] p) => Math.Pow(1 - p[0], 2) + 100 * Math.Pow(p[1] - p[0] * p[0], 2);

        var best = NelderMead.Minimize(Rosenbrock, [-1.2, 1.0]);

        Assert.Equal(1.0, best[0], 3);
        Assert.Equal(1.0, best[1], 3);
    }
}
