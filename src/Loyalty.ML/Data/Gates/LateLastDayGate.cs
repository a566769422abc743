using System.Globalization;
using Loyalty.ML.Core;

namespace Loyalty.ML.Data.Gates;

/// <summary>
/// <c>late_last_day</c>: the history's last day sets "as of" for recency, churn labels and activity, so a few
/// rows dated far past the rest (a typo'd year, a test order) would make every customer look lapsed. Fails when
/// the last purchase day is more than <see cref="MaxDays"/> days after the day by which <see cref="Bulk"/> of the
/// purchase lines happened.
/// </summary>
internal static class LateLastDayGate
{
    public const string Name = "late_last_day";

    /// <summary>Share of purchase lines that make up "the bulk" of the history.</summary>
    public const double Bulk = 0.99;

    /// <summary>Days the last day may lie past the bulk; a month covers a slow last month without hiding a wrong year.</summary>
    public const int MaxDays = 30;

    /// <summary>Checks <paramref name="purchases"/>; <paramref name="lateSource"/> names where the lines from a given day on came from, when not only the files.</summary>
    public static SanityGate Check(TransactionLines purchases, Func<DateOnly, string?>? lateSource = null)
    {
        // Lines per day rather than a sort of every line: the date window bounds the span of days.
        var first = int.MaxValue;
        var last = int.MinValue;
        for (var i = 0; i < purchases.Count; i++)
        {
            var day = DayNumber(purchases.Time[i]);
            first = Math.Min(first, day);
            last = Math.Max(last, day);
        }

        var perDay = new int[last - first + 1];
        for (var i = 0; i < purchases.Count; i++)
        {
            perDay[DayNumber(purchases.Time[i]) - first]++;
        }

        var bulkLines = (long)Math.Floor(Bulk * (purchases.Count - 1)) + 1;
        var bulk = first;
        for (long seen = perDay[0]; seen < bulkLines; seen += perDay[bulk - first])
        {
            bulk++;
        }

        var gap = last - bulk;
        if (gap <= MaxDays)
        {
            return new SanityGate(Name, true, $"the last day {Text(last)} is {gap} days after {BulkText} of the purchase lines (by {Text(bulk)}); at most {MaxDays} allowed");
        }

        var lateDays = Enumerable.Range(bulk + MaxDays + 1, last - bulk - MaxDays).Where(day => perDay[day - first] > 0).ToArray();
        var lateLines = lateDays.Sum(day => perDay[day - first]);
        var named = string.Join(", ", lateDays.Take(3).Select(Text)) + (lateDays.Length > 3 ? $" and {lateDays.Length - 3} more days" : string.Empty);
        var rows = lateLines == 1 ? "1 row" : $"{lateLines:N0} rows";
        var source = lateSource?.Invoke(DateOnly.FromDayNumber(lateDays[0])) is { } where ? $" ({where})" : string.Empty;
        return new SanityGate(Name, false,
            $"the last day {Text(last)} is {gap} days after {BulkText} of the purchase lines (by {Text(bulk)}), more than {MaxDays}: {rows} dated {named}{source} would set \"as of\" for every customer");
    }

    private static string BulkText => (Bulk * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static int DayNumber(DateTime time) => DateOnly.FromDateTime(time).DayNumber;

    private static string Text(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
