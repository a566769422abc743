using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// Buy again: items the customer bought on at least two days whose usual gap has passed since the last purchase,
/// as of the last date in the data. Items overdue by more than <see cref="MaxOverdueCycles"/> gaps count as
/// given up. Score = purchase days / cycles elapsed: regular items just due come first.
/// </summary>
internal static class BuyAgainRanker
{
    public const double MaxOverdueCycles = 3;

    public static List<(RankedItem Item, DateOnly DueDate)> Top(RecommenderModel model, int customer, int count, Func<int, bool> accept)
    {
        var history = model.History;
        var today = DateOnly.FromDateTime(model.AsOf).DayNumber;
        var due = new List<(RankedItem Item, DateOnly DueDate)>();
        for (var entry = history.Start(customer); entry < history.End(customer); entry++)
        {
            var gap = history.GapDays[entry];
            if (history.Days[entry] < 2 || gap < 1 || !accept(history.Items[entry]))
            {
                continue;
            }

            var cycles = (today - history.LastDay[entry]) / gap;
            if (cycles >= 1 && cycles <= MaxOverdueCycles)
            {
                var dueDay = DateOnly.FromDayNumber(history.LastDay[entry] + (int)Math.Round(gap));
                due.Add((new RankedItem(history.Items[entry], (float)(history.Days[entry] / cycles), AnswerSource.Cycle, entry), dueDay));
            }
        }

        return [.. due.OrderByDescending(pair => pair.Item.Score).ThenBy(pair => pair.Item.Item).Take(count)];
    }
}
