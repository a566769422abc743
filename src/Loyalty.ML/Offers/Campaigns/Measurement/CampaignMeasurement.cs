using System.Globalization;
using Loyalty.ML.Core;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Offers.Campaigns.Measurement;

/// <summary>
/// Measures campaigns on the purchases after their day: treatment against control, per offer type and overall (see
/// <see cref="CampaignReport"/>), from the history the models train on.
/// </summary>
public static class CampaignMeasurement
{
    /// <summary>How the cost is reckoned while redemptions are not recorded.</summary>
    public const string CostBasis = "expected: redemptions are not recorded, so each treated customer who bought within the offer's validity is taken to have redeemed it once, on their first purchase day there (discount share of that day's spend plus the bonus)";

    private static readonly int[] Windows = [30, 60, 90];

    /// <summary>Reports on <paramref name="campaign"/> from its rows of <paramref name="assignments"/>.</summary>
    /// <exception cref="ArgumentException">The assignments hold no row of the campaign.</exception>
    public static CampaignReport Measure(PurchaseHistory history, IEnumerable<CampaignAssignment> assignments, string campaign, CampaignReportOptions? options = null)
    {
        options ??= new CampaignReportOptions();
        options.Validate();
        var rows = assignments.Where(row => row.Campaign == campaign).ToList();
        if (rows.Count == 0)
        {
            throw new ArgumentException($"No customer was assigned to campaign '{campaign}'.", nameof(campaign));
        }

        var outcomes = CampaignOutcomes.Collect(history, rows, Windows[^1]);
        var byType = outcomes.Customers.GroupBy(customer => customer.OfferType).OrderBy(group => group.Key)
            .ToDictionary(group => group.Key.Name, group => Figures(outcomes, [.. group], options), StringComparer.Ordinal);
        var overall = Figures(outcomes, outcomes.Customers, options);
        var control = outcomes.Customers.Count(customer => customer.Group == CampaignGroup.Control);
        return new CampaignReport(
            campaign, outcomes.FirstDay, outcomes.LastDay, outcomes.ObservedDays, Math.Round((double)control / outcomes.Customers.Count, 4),
            byType, overall, CostBasis, Verdict(outcomes, overall));
    }

    /// <summary>Every campaign of <paramref name="assignments"/> with at least one day of purchases after it in the history, by name.</summary>
    public static IReadOnlyDictionary<string, CampaignReport> MeasureAll(PurchaseHistory history, IReadOnlyList<CampaignAssignment> assignments, CampaignReportOptions? options = null)
    {
        var lastDay = history.Purchases.Count == 0 ? DateOnly.MinValue : DateOnly.FromDateTime(history.LastTime);
        return assignments.GroupBy(row => row.Campaign, StringComparer.Ordinal)
            .Where(campaign => campaign.Max(row => row.Day) < lastDay)
            .OrderBy(campaign => campaign.Key, StringComparer.Ordinal)
            .ToDictionary(campaign => campaign.Key, campaign => Measure(history, campaign, campaign.Key, options), StringComparer.Ordinal);
    }

    /// <summary>The headline conversion: 60 days when observed, else 30, else within the validity.</summary>
    private static (string Metric, string Label, Func<CustomerOutcome, double> Value)? Headline(CampaignOutcomes outcomes) =>
        outcomes.ObservedDays >= 60 ? ("within_60_days", "60-day conversion", customer => Converted(customer.BoughtWithin(60)))
        : outcomes.ObservedDays >= 30 ? ("within_30_days", "30-day conversion", customer => Converted(customer.BoughtWithin(30)))
        : outcomes.ObservedDays >= outcomes.MaxValidityDays ? ("within_validity", "conversion within the offer's validity", customer => Converted(customer.BoughtWithin(customer.ValidityDays)))
        : null;

    private static EffectFigures Figures(CampaignOutcomes outcomes, List<CustomerOutcome> customers, CampaignReportOptions options)
    {
        var strata = customers.GroupBy(customer => customer.OfferType).ToList();
        Difference? Conversion(bool observed, Func<CustomerOutcome, bool> bought) =>
            observed ? StratifiedComparison.Compare(StratifiedComparison.Strata(strata, customer => Converted(bought(customer)))) : null;

        var conversion = new ConversionFigures(
            Conversion(outcomes.ObservedDays >= outcomes.MaxValidityDays, customer => customer.BoughtWithin(customer.ValidityDays)),
            Conversion(outcomes.ObservedDays >= Windows[0], customer => customer.BoughtWithin(Windows[0])),
            Conversion(outcomes.ObservedDays >= Windows[1], customer => customer.BoughtWithin(Windows[1])),
            Conversion(outcomes.ObservedDays >= Windows[2], customer => customer.BoughtWithin(Windows[2])));
        var revenueStrata = outcomes.RevenueWindowDays > 0 ? StratifiedComparison.Strata(strata, customer => customer.Revenue) : [];
        var revenue = StratifiedComparison.Compare(revenueStrata);
        var incremental = StratifiedComparison.Total(revenueStrata);
        var cost = Math.Round(customers.Sum(customer => customer.Cost), 2);
        var treatment = customers.Count(customer => customer.Group == CampaignGroup.Treatment);
        var control = customers.Count - treatment;

        PowerNote? power = null;
        if (Headline(outcomes) is { } headline && treatment > 0 && control > 0)
        {
            var controlRate = customers.Where(customer => customer.Group == CampaignGroup.Control).Average(headline.Value);
            power = PowerCalculation.Note(headline.Metric, headline.Label, controlRate, customers.Average(headline.Value), treatment, control, options.ReferenceLift);
        }

        return new EffectFigures(
            treatment, control, conversion, revenue, outcomes.RevenueWindowDays,
            incremental is { } added ? Math.Round(added.Value, 2) : null,
            incremental?.Interval,
            cost,
            incremental is { } gain && cost > 0 ? Roi(gain.Value, cost) : null,
            incremental is { } range && cost > 0 ? new MetricInterval(Roi(range.Interval.Low, cost), Roi(range.Interval.High, cost)) : null,
            power);
    }

    private static double Roi(double incrementalRevenue, double cost) => Math.Round((incrementalRevenue - cost) / cost * 100, 2);

    private static double Converted(bool bought) => bought ? 1 : 0;

    private static string Verdict(CampaignOutcomes outcomes, EffectFigures overall)
    {
        if (outcomes.ObservedDays < 1)
        {
            return "no purchases after the campaign day yet";
        }

        if (Headline(outcomes) is not { } headline)
        {
            return string.Create(CultureInfo.InvariantCulture, $"only {outcomes.ObservedDays} days observed: the offers' validity has not run out yet");
        }

        var difference = headline.Metric switch
        {
            "within_60_days" => overall.Conversion.Within60Days,
            "within_30_days" => overall.Conversion.Within30Days,
            _ => overall.Conversion.WithinValidity,
        };
        if (difference is null)
        {
            return "too few customers to compare: each group needs at least two customers of the same offer type";
        }

        var told = difference.DistinguishableFromZero ? "distinguishable from zero" : "indistinguishable from zero";
        return string.Create(CultureInfo.InvariantCulture,
            $"{headline.Label} {difference.Value * 100:+0.0;-0.0;0.0} points (95% interval {difference.Interval95.Low * 100:+0.0;-0.0;0.0} to {difference.Interval95.High * 100:+0.0;-0.0;0.0}) over {overall.TreatmentCustomers:N0} treatment and {overall.ControlCustomers:N0} control customers: {told}");
    }
}
