using Loyalty.ML.Core;

namespace Loyalty.ML.Offers.Campaigns.Measurement;

/// <summary>
/// The outcome of every customer of one campaign, read off the purchase history in one pass. A customer assigned on
/// several days counts from the first, in the group and with the offers recorded that day.
/// </summary>
internal sealed class CampaignOutcomes
{
    private CampaignOutcomes(List<CustomerOutcome> customers, DateOnly firstDay, DateOnly lastDay, int observedDays, int maxValidityDays, int revenueWindowDays)
    {
        Customers = customers;
        FirstDay = firstDay;
        LastDay = lastDay;
        ObservedDays = observedDays;
        MaxValidityDays = maxValidityDays;
        RevenueWindowDays = revenueWindowDays;
    }

    public List<CustomerOutcome> Customers { get; }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    /// <summary>Days of history after the campaign's last day: a window longer than this is not yet observed for everyone.</summary>
    public int ObservedDays { get; }

    public int MaxValidityDays { get; }

    public int RevenueWindowDays { get; }

    public static CampaignOutcomes Collect(PurchaseHistory history, IEnumerable<CampaignAssignment> rows, int longestWindowDays)
    {
        var firstRows = rows.GroupBy(row => row.CustomerId, StringComparer.Ordinal)
            .Select(customer =>
            {
                var day = customer.Min(row => row.Day);
                return customer.Where(row => row.Day == day).OrderBy(row => row.Rank).ToList();
            })
            .ToList();
        if (firstRows.Count == 0)
        {
            throw new ArgumentException("The campaign has no assignments.", nameof(rows));
        }

        var firstDay = firstRows.Min(customer => customer[0].Day);
        var lastDay = firstRows.Max(customer => customer[0].Day);
        var observed = history.Purchases.Count == 0 ? 0 : DateOnly.FromDateTime(history.LastTime).DayNumber - lastDay.DayNumber;
        var revenueWindow = Math.Clamp(observed, 0, longestWindowDays);

        var slotByCustomer = new Dictionary<int, int>();
        var first = new int?[firstRows.Count];
        var revenue = new double[firstRows.Count];
        var firstSpend = new double[firstRows.Count];
        for (var slot = 0; slot < firstRows.Count; slot++)
        {
            if (history.Customers.TryGetIndex(firstRows[slot][0].CustomerId, out var index))
            {
                slotByCustomer[index] = slot;
            }
        }

        var purchases = history.Purchases;
        for (var line = 0; line < purchases.Count; line++)
        {
            if (!slotByCustomer.TryGetValue(purchases.Customer[line], out var slot))
            {
                continue;
            }

            var best = firstRows[slot][0];
            var after = DateOnly.FromDateTime(purchases.Time[line]).DayNumber - best.Day.DayNumber;
            if (after < 1)
            {
                continue;
            }

            var amount = purchases.Amount(line);
            revenue[slot] += after <= revenueWindow ? amount : 0;
            if (first[slot] is not { } earliest || after < earliest)
            {
                first[slot] = after;
                firstSpend[slot] = amount;
            }
            else if (after == earliest)
            {
                firstSpend[slot] += amount;
            }
        }

        var outcomes = new List<CustomerOutcome>(firstRows.Count);
        for (var slot = 0; slot < firstRows.Count; slot++)
        {
            var offers = firstRows[slot];
            var best = offers[0];
            var validity = best.ValidUntil.DayNumber - best.Day.DayNumber;
            outcomes.Add(new CustomerOutcome(
                best.Group, best.OfferType, validity, offers.Max(row => row.DiscountPercent), offers.Sum(row => row.BonusValue),
                first[slot], revenue[slot], first[slot] <= validity ? firstSpend[slot] : 0));
        }

        return new CampaignOutcomes(outcomes, firstDay, lastDay, observed, outcomes.Max(customer => customer.ValidityDays), revenueWindow);
    }
}
