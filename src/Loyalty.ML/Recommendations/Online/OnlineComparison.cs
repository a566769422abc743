using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Recommendations.Online;

/// <summary>
/// A challenger's hit rate against the champion's (two independent groups of customers): the difference with its 95%
/// interval, the verdict, and how many more customers the arms need before a difference of the size seen would be told
/// from zero (80% power, α = 0.05). The fixed-horizon interval is valid when read once; read again and again as data
/// comes in, it would call a difference sooner or later, so automatic promotion waits for the always-valid interval
/// of a mixture sequential probability ratio test (Johari, Pekelis and Walsh 2017), which holds however often it is read.
/// </summary>
/// <param name="Difference">Challenger − champion hit rate@K.</param>
/// <param name="RevenuePerCustomerDifference">Challenger − champion revenue from listed items per customer; null without both.</param>
/// <param name="Verdict">Better, worse, or not yet distinguishable.</param>
/// <param name="CustomersStillNeeded">More customers over both arms (at their present proportions) for 80% power at the difference seen; 0 once there are enough; null when no difference was seen.</param>
/// <param name="AlwaysValidInterval95">The difference's interval that stays valid under continuous monitoring (wider).</param>
/// <param name="AlwaysValidVerdict">The verdict by the always-valid interval: what automatic promotion acts on.</param>
public sealed record OnlineComparison(
    Estimate Difference,
    Estimate? RevenuePerCustomerDifference,
    OnlineVerdict Verdict,
    long? CustomersStillNeeded,
    MetricInterval AlwaysValidInterval95,
    OnlineVerdict AlwaysValidVerdict)
{
    /// <summary>Fewest customers an arm needs before any verdict but "not yet distinguishable".</summary>
    public const int MinimumCustomersPerArm = 30;

    private const double ZPower80 = 0.8416212335729143;

    // The mixture's spread, fixed before any data: differences of about a quarter of the champion's rate. The interval
    // is at its narrowest when this is near the difference's standard error at the time of the decision and widens
    // slowly (as the log of the ratio) when it is larger, quickly when smaller, so it errs on the large side.
    private const double RelativeEffectOfInterest = 0.25;

    /// <summary>Compares the challenger's figures with the champion's; null when either has no hit rate yet.</summary>
    public static OnlineComparison? Compare(ListFigures challenger, ListFigures champion)
    {
        if (challenger.HitRate is not { } treated || champion.HitRate is not { } control)
        {
            return null;
        }

        var difference = treated.Value - control.Value;
        var variance = (treated.StandardError * treated.StandardError) + (control.StandardError * control.StandardError);
        var estimate = Estimate.Of(difference, Math.Sqrt(variance));
        var enough = challenger.Customers >= MinimumCustomersPerArm && champion.Customers >= MinimumCustomersPerArm;
        var alwaysValid = AlwaysValid(difference, variance, control.Value);
        return new OnlineComparison(
            estimate,
            RevenueDifference(challenger, champion),
            enough ? VerdictOf(estimate.Interval95) : OnlineVerdict.NotYetDistinguishable,
            StillNeeded(difference, variance, challenger.Customers + champion.Customers),
            alwaysValid,
            enough ? VerdictOf(alwaysValid) : OnlineVerdict.NotYetDistinguishable);
    }

    private static OnlineVerdict VerdictOf(MetricInterval interval) =>
        interval.Low > 0 ? OnlineVerdict.Better : interval.High < 0 ? OnlineVerdict.Worse : OnlineVerdict.NotYetDistinguishable;

    // The variance shrinks as 1/customers, so f times the customers divides it by f: f = variance / target².
    private static long? StillNeeded(double difference, double variance, long customers)
    {
        if (difference == 0 || variance <= 0)
        {
            return difference == 0 ? null : 0;
        }

        var target = Math.Abs(difference) / (Estimate.Z95 + ZPower80);
        var factor = variance / (target * target);
        return factor <= 1 ? 0 : (long)Math.Ceiling((factor - 1) * customers);
    }

    private static MetricInterval AlwaysValid(double difference, double variance, double controlRate)
    {
        var tau = RelativeEffectOfInterest * Math.Max(controlRate, 0.01);
        var tauSquared = tau * tau;
        var v = Math.Max(variance, 1e-12);
        var half = Math.Sqrt(v * (v + tauSquared) / tauSquared * ((2 * Math.Log(1 / 0.05)) + Math.Log((v + tauSquared) / v)));
        return new MetricInterval(difference - half, difference + half);
    }

    private static Estimate? RevenueDifference(ListFigures challenger, ListFigures champion) =>
        challenger.RevenuePerCustomer is { } treated && champion.RevenuePerCustomer is { } control
            ? Estimate.Of(treated.Value - control.Value, Math.Sqrt((treated.StandardError * treated.StandardError) + (control.StandardError * control.StandardError)))
            : null;
}
