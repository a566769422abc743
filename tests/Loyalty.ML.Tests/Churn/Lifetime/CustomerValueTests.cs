using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Tests.Churn.Lifetime;

public sealed class CustomerValueTests
{
    private static readonly BgNbdModel Purchases = new(R: 0.8, Alpha: 40, A: 0.6, B: 3);
    private static readonly GammaGammaModel Spend = new(P: 6.25, Q: 3.74, V: 15.44);
    private static readonly PurchaseSummary Customer = new(Frequency: 4, Recency: 100, Age: 120, MonetaryValue: 30);

    [Fact]
    public void Clv_WithoutDiscount_IsOrderValueTimesExpectedPurchasesOverTheHorizon()
    {
        var expected = Spend.ExpectedAverageValue(Customer) * Purchases.ExpectedPurchases(Customer, 12 * 30);

        Assert.Equal(expected, CustomerValue.Clv(Purchases, Spend, Customer, months: 12, monthlyDiscountRate: 0), 9);
    }

    [Fact]
    public void Clv_WithDiscount_IsLowerAndGrowsWithTheHorizon()
    {
        var undiscounted = CustomerValue.Clv(Purchases, Spend, Customer, 12, 0);
        var discounted = CustomerValue.Clv(Purchases, Spend, Customer, 12, 0.02);
        var longer = CustomerValue.Clv(Purchases, Spend, Customer, 24, 0.02);

        Assert.InRange(discounted, 0.8 * undiscounted, undiscounted * 0.999);
        Assert.True(longer > discounted);
    }

    [Fact]
    public void Clv_WithoutSpendModel_UsesTheCustomersOwnMeanOrder()
    {
        var expected = 30 * CustomerValue.DiscountedPurchases(Purchases, Customer, 6, 0.01);

        Assert.Equal(expected, CustomerValue.Clv(Purchases, null, Customer, 6, 0.01), 9);
    }
}
