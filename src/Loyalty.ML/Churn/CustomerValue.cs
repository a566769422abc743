namespace Loyalty.ML.Churn;

/// <summary>
/// Customer lifetime value as the <c>lifetimes</c> package computes it: expected purchases per 30-day
/// month from BG/NBD, times the Gamma-Gamma expected order value, discounted monthly.
/// </summary>
internal static class CustomerValue
{
    private const double DaysPerMonth = 30;

    /// <summary>Discounted value of the next <paramref name="months"/> months.</summary>
    public static double Clv(BgNbdModel purchases, GammaGammaModel? spend, in PurchaseSummary customer, int months, double monthlyDiscountRate)
    {
        var orderValue = spend?.ExpectedAverageValue(customer) ?? customer.MonetaryValue;
        var value = 0.0;
        var previous = 0.0;
        for (var month = 1; month <= months; month++)
        {
            var cumulative = purchases.ExpectedPurchases(customer, month * DaysPerMonth);
            value += orderValue * (cumulative - previous) / Math.Pow(1 + monthlyDiscountRate, month);
            previous = cumulative;
        }

        return value;
    }
}
