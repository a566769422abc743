using Loyalty.ML.Core;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// A one-customer view of a model after purchases it was not trained on: the customer's history with the new lines
/// merged in, factors re-solved against the fixed item factors, and "today" moved to the last new purchase. Every
/// item-side array is the model's own, so the rankers run on it unchanged with the customer at index 0.
/// </summary>
internal static class FreshCustomer
{
    /// <summary>The view, or null when none of <paramref name="recent"/> names an item the model knows and the model does not know the customer.</summary>
    public static RecommenderModel? Build(RecommenderModel model, CustomerFoldIn foldIn, string customerId, IReadOnlyList<PurchaseEvent> recent)
    {
        var known = model.Customers.TryGetIndex(customerId, out var customer);
        var entries = new SortedDictionary<int, Entry>();
        if (known)
        {
            var history = model.History;
            for (var entry = history.Start(customer); entry < history.End(customer); entry++)
            {
                var days = history.Days[entry];
                var first = history.LastDay[entry] - (int)Math.Round(history.GapDays[entry] * (days - 1));
                entries[history.Items[entry]] = new Entry(first, history.LastDay[entry], days, DecayedWeight(model, history.LastDay[entry], days));
            }
        }

        var asOf = DateOnly.FromDateTime(model.AsOf).DayNumber;
        foreach (var purchase in recent)
        {
            if (purchase.IsReturn || purchase.ItemId is null || !model.Items.TryGetIndex(purchase.ItemId, out var item))
            {
                continue;
            }

            var day = purchase.Day.DayNumber;
            asOf = Math.Max(asOf, day);
            entries[item] = entries.TryGetValue(item, out var seen) ? seen.With(day) : new Entry(day, day, 1, 1f);
        }

        if (!known && entries.Count == 0)
        {
            return null;
        }

        var factors = foldIn.Solve(entries.Select(pair => (pair.Key, pair.Value.Weight)));
        return View(model, customerId, factors, entries, asOf, known ? model.History.UsualPrice[customer] : UsualPrice(recent));
    }

    // The fit counted each line at exp(−ln2·age/halfLife); the history keeps purchase days, not lines, so each day counts
    // at the age of the item's last purchase: close for recent items, an overestimate for long-bought ones.
    private static float DecayedWeight(RecommenderModel model, int lastDay, int days) =>
        days * (float)Math.Pow(0.5, (DateOnly.FromDateTime(model.AsOf).DayNumber - lastDay) / model.FoldIn.RecencyHalfLifeDays);

    private static float UsualPrice(IReadOnlyList<PurchaseEvent> recent)
    {
        var prices = recent.Where(purchase => !purchase.IsReturn).Select(purchase => (float)purchase.UnitPrice).Order().ToArray();
        return prices.Length == 0 ? 0 : prices[prices.Length / 2];
    }

    private static RecommenderModel View(RecommenderModel model, string customerId, float[] factors, SortedDictionary<int, Entry> entries, int asOf, float usualPrice)
    {
        var history = new CustomerHistory(
            [0, entries.Count],
            [.. entries.Keys],
            [.. entries.Values.Select(entry => entry.Last)],
            [.. entries.Values.Select(entry => entry.Days)],
            [.. entries.Values.Select(entry => entry.Gap)],
            [usualPrice]);
        // Every other part (item factors, neighbours, the chosen methods) is the served model's own.
        return model with
        {
            Customers = new IdMap([customerId]),
            Factors = new AlsFactors(1, model.Factors.ItemCount, model.Factors.Factors, factors, model.Factors.Items),
            History = history,
            AsOf = DateOnly.FromDayNumber(asOf).ToDateTime(TimeOnly.MinValue),
        };
    }

    private readonly record struct Entry(int First, int Last, int Days, float Weight)
    {
        public float Gap => Days > 1 ? (float)(Last - First) / (Days - 1) : 0f;

        /// <summary>One more line on <paramref name="day"/>: a new purchase day unless the item was already bought that day.</summary>
        public Entry With(int day) => day == Last || day == First
            ? this with { Weight = Weight + 1 }
            : new Entry(Math.Min(First, day), Math.Max(Last, day), Days + 1, Weight + 1);
    }
}
