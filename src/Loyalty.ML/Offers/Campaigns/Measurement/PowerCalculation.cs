using System.Globalization;

namespace Loyalty.ML.Offers.Campaigns.Measurement;

/// <summary>
/// Sample sizes for a difference of two rates at 80% power and two-sided α = 0.05 (the normal approximation):
/// n per group = (z₀.₉₇₅ + z₀.₈)² (p₀(1 − p₀) + p₁(1 − p₁)) / lift².
/// </summary>
internal static class PowerCalculation
{
    private static double Z => StratifiedComparison.Z95 + StratifiedComparison.ZPower80;

    public static double CustomersPerGroup(double controlRate, double lift)
    {
        var treated = Math.Min(controlRate + lift, 1);
        return Math.Ceiling(Z * Z * ((controlRate * (1 - controlRate)) + (treated * (1 - treated))) / (lift * lift));
    }

    /// <summary>The smallest lift groups of <paramref name="treatment"/> and <paramref name="control"/> customers detect.</summary>
    public static double MinimumDetectableLift(double rate, long treatment, long control)
    {
        // A rate of exactly 0 or 1 would claim any lift is detectable; one customer's worth keeps the note honest.
        var p = Math.Clamp(rate, 1.0 / (treatment + control), 1 - (1.0 / (treatment + control)));
        return Z * Math.Sqrt(p * (1 - p) * ((1.0 / treatment) + (1.0 / control)));
    }

    public static PowerNote Note(string metric, string label, double controlRate, double pooledRate, long treatment, long control, double referenceLift)
    {
        var detectable = MinimumDetectableLift(pooledRate, treatment, control);
        var needed = CustomersPerGroup(controlRate, referenceLift);
        var note = string.Create(CultureInfo.InvariantCulture,
            $"with {treatment:N0} treatment and {control:N0} control customers a lift in {label} under {detectable * 100:F1} points is likely to go unseen (80% power, α = 0.05); detecting {referenceLift * 100:F1} points from a control rate of {controlRate * 100:F1}% needs about {needed:N0} customers per group");
        return new PowerNote(metric, Math.Round(controlRate, 6), Math.Round(detectable, 6), referenceLift, needed, note);
    }
}
