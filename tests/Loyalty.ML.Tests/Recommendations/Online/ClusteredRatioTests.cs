using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.Tests.Recommendations.Online;

public sealed class ClusteredRatioTests
{
    [Fact]
    public void Estimate_OneListPerCustomer_IsTheBinomialProportionWithItsStandardError()
    {
        var ratio = new ClusteredRatio();
        foreach (var hit in Enumerable.Range(0, 400).Select(index => index % 4 == 0 ? 1 : 0))
        {
            ratio.Add(hit, 1);
        }

        var estimate = ratio.Estimate()!;

        Assert.Equal(0.25, estimate.Value, 12);
        Assert.Equal(Math.Sqrt(0.25 * 0.75 / 399), estimate.StandardError, 9);
    }

    [Fact]
    public void Estimate_CustomersWithManyLists_IsTheDeltaMethodOverCustomers()
    {
        (double X, double Y)[] customers = [(1, 4), (0, 2), (3, 3), (1, 1), (0, 5)];
        var ratio = new ClusteredRatio();
        foreach (var (x, y) in customers)
        {
            ratio.Add(x, y);
        }

        var n = customers.Length;
        var r = customers.Sum(c => c.X) / customers.Sum(c => c.Y);
        var meanY = customers.Average(c => c.Y);
        var residualVariance = customers.Sum(c => Math.Pow(c.X - (r * c.Y), 2)) / (n - 1);
        var estimate = ratio.Estimate()!;

        Assert.Equal(r, estimate.Value, 12);
        Assert.Equal(Math.Sqrt(residualVariance / (n * meanY * meanY)), estimate.StandardError, 9);
    }

    [Fact]
    public void Estimate_FewerThanTwoCustomers_IsNone()
    {
        var ratio = new ClusteredRatio();
        ratio.Add(1, 2);

        Assert.Null(ratio.Estimate());
    }
}
