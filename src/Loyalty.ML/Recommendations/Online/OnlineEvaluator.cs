using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Recommendations.Online;

/// <summary>
/// Matches purchases to the lists served before them. A list served at t counts once its window has passed
/// (t + window ≤ as of); it is a hit when the customer bought one of its first K items in (t, t + window], and its
/// precision is the share of those items bought. A purchase line of a listed item within the window of a list adds its
/// revenue once per version and kind (once per arm), however many lists named the item.
/// </summary>
public static class OnlineEvaluator
{
    /// <summary>
    /// Evaluates <paramref name="lists"/>, which must come grouped by customer and in time order within a customer (as
    /// <see cref="ExposureStore.ReadByCustomer"/> reads them; a list twice in a row counts once). <paramref name="armsOf"/>, when given, names the arms each
    /// list counts for besides its version and kind.
    /// </summary>
    /// <exception cref="ArgumentException">A customer's lists are not together.</exception>
    public static OnlineEvaluation Evaluate(
        IEnumerable<ServedList> lists,
        CustomerPurchases purchases,
        OnlineSettings settings,
        DateTimeOffset asOf,
        Func<ServedList, IEnumerable<string>>? armsOf = null)
    {
        Core.SettingsCheck.ThrowIfAny("online evaluation settings", settings.Problems());
        var groups = new Dictionary<(string Version, string Kind), ListTally>();
        var arms = new Dictionary<string, ListTally>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        string? customer = null;
        ExposureId? previous = null;
        foreach (var list in lists)
        {
            // A list written to the stream twice is stored twice, next to itself in this order: it counts once.
            if (list.Id == previous)
            {
                continue;
            }

            previous = list.Id;
            if (list.CustomerId != customer)
            {
                EndCustomer(customer, purchases, groups.Values, arms.Values);
                if (!done.Add(list.CustomerId))
                {
                    throw new ArgumentException($"The lists of customer '{list.CustomerId}' do not come together; order them by customer.", nameof(lists));
                }

                customer = list.CustomerId;
            }

            var tallies = TalliesOf(list, groups, arms, armsOf);
            var end = list.ServedAt + settings.Window;
            if (end > asOf)
            {
                tallies.ForEach(tally => tally.AddPending());
                continue;
            }

            var top = TopItems(list.Items, settings.K);
            var bought = Bought(top, purchases.Of(list.CustomerId), list.ServedAt, end);
            tallies.ForEach(tally => tally.AddList(list.ServedAt, end, top, bought));
        }

        EndCustomer(customer, purchases, groups.Values, arms.Values);
        return new OnlineEvaluation(
            asOf,
            settings.Window.TotalDays,
            settings.K,
            [.. groups.OrderByDescending(pair => pair.Key.Version, StringComparer.Ordinal).ThenBy(pair => pair.Key.Kind, StringComparer.Ordinal)
                .Select(pair => new OnlineGroup(pair.Key.Version, pair.Key.Kind, pair.Value.Figures()))],
            arms.ToDictionary(pair => pair.Key, pair => pair.Value.Figures(), StringComparer.Ordinal));
    }

    /// <summary>How many of <paramref name="top"/> the customer bought in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    internal static int Bought(string[] top, IReadOnlyList<BoughtLine> purchases, DateTimeOffset from, DateTimeOffset to)
    {
        var found = 0;
        Span<bool> seen = stackalloc bool[top.Length];
        for (var index = FirstAfter(purchases, from); index < purchases.Count && purchases[index].At <= to; index++)
        {
            var position = Array.IndexOf(top, purchases[index].ItemId);
            if (position >= 0 && !seen[position])
            {
                seen[position] = true;
                found++;
            }
        }

        return found;
    }

    // The list's first K distinct items (a list never repeats an item; the check keeps precision at most 1 if one did).
    private static string[] TopItems(IReadOnlyList<string> items, int k) => [.. items.Distinct(StringComparer.Ordinal).Take(k)];

    private static int FirstAfter(IReadOnlyList<BoughtLine> purchases, DateTimeOffset time)
    {
        var (low, high) = (0, purchases.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = purchases[middle].At > time ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    private static List<ListTally> TalliesOf(
        ServedList list, Dictionary<(string, string), ListTally> groups, Dictionary<string, ListTally> arms, Func<ServedList, IEnumerable<string>>? armsOf)
    {
        var key = (list.ModelVersion, list.Kind);
        if (!groups.TryGetValue(key, out var group))
        {
            groups[key] = group = new ListTally();
        }

        var tallies = new List<ListTally> { group };
        foreach (var arm in armsOf?.Invoke(list) ?? [])
        {
            if (!arms.TryGetValue(arm, out var tally))
            {
                arms[arm] = tally = new ListTally();
            }

            tallies.Add(tally);
        }

        return tallies;
    }

    private static void EndCustomer(string? customer, CustomerPurchases purchases, IEnumerable<ListTally> groups, IEnumerable<ListTally> arms)
    {
        if (customer is null)
        {
            return;
        }

        var lines = purchases.Of(customer);
        foreach (var tally in groups.Concat(arms).Where(tally => tally.Touched))
        {
            tally.EndCustomer(lines);
        }
    }
}
