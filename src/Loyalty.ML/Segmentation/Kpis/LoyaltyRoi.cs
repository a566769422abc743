namespace Loyalty.ML.Segmentation.Kpis;

/// <summary>Return on investment of a loyalty program.</summary>
public static class LoyaltyRoi
{
    /// <summary>ROI in percent: (revenue − cost) / cost × 100, where revenue is what the program brought in and cost what it cost.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cost is not a positive finite number, or the revenue is not finite.</exception>
    public static double Percent(double revenue, double cost)
    {
        if (!double.IsFinite(cost) || cost <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cost), cost, "The program cost must be a positive amount.");
        }

        if (!double.IsFinite(revenue))
        {
            throw new ArgumentOutOfRangeException(nameof(revenue), revenue, "The program revenue must be a finite amount.");
        }

        return (revenue - cost) / cost * 100;
    }
}
