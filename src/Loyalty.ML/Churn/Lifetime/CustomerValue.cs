using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn.Lifetime;

/// <summary>
/// Customer lifetime value as the <c>lifetimes</c> package computes it: expected purchases per 30-day
/// month from BG/NBD, times the Gamma-Gamma expected order value, discounted monthly.
/// </summary>
internal static class CustomerValue
{
    private const double DaysPerMonth = 30;

    /// <summary>Discounted value of the next <paramref name="months"/> months.</summary>
    public static double Clv(BgNbdModel purchases, GammaGammaModel? spend, in PurchaseSummary customer, int months, double monthlyDiscountRate) =>
        OrderValue(spend, customer) * DiscountedPurchases(purchases, customer, months, monthlyDiscountRate);

    /// <summary>Expected value of one order: Gamma-Gamma's conditional mean, or the customer's own mean without a spend model.</summary>
    public static double OrderValue(GammaGammaModel? spend, in PurchaseSummary customer) =>
        spend?.ExpectedAverageValue(customer) ?? customer.MonetaryValue;

    /// <summary>Expected purchases per month over <paramref name="months"/> months, each discounted to today; depends only on (x, tₓ, T).</summary>
    public static double DiscountedPurchases(BgNbdModel purchases, in PurchaseSummary customer, int months, double monthlyDiscountRate)
    {
        var value = 0.0;
        var previous = 0.0;
        for (var month = 1; month <= months; month++)
        {
            var cumulative = purchases.ExpectedPurchases(customer, month * DaysPerMonth);
            value += (cumulative - previous) / Math.Pow(1 + monthlyDiscountRate, month);
            previous = cumulative;
        }

        return value;
    }
}
