using System.Globalization;

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

    public static SanityGate Check(TransactionLines purchases)
    {
        var days = new int[purchases.Count];
        for (var i = 0; i < days.Length; i++)
        {
            days[i] = DayNumber(purchases.Time[i]);
        }

        Array.Sort(days);
        var bulk = days[(int)Math.Floor(Bulk * (days.Length - 1))];
        var last = days[^1];
        var gap = last - bulk;
        var bulkText = Text(bulk);
        if (gap <= MaxDays)
        {
            return new SanityGate(Name, true, $"the last day {Text(last)} is {gap} days after {BulkText} of the purchase lines (by {bulkText}); at most {MaxDays} allowed");
        }

        var late = days.AsSpan(Array.IndexOf(days, days.First(day => day > bulk + MaxDays)));
        var lateDays = late.ToArray().Distinct().ToArray();
        var named = string.Join(", ", lateDays.Take(3).Select(Text)) + (lateDays.Length > 3 ? $" and {lateDays.Length - 3} more days" : string.Empty);
        var rows = late.Length == 1 ? "1 row" : $"{late.Length:N0} rows";
        return new SanityGate(Name, false,
            $"the last day {Text(last)} is {gap} days after {BulkText} of the purchase lines (by {bulkText}), more than {MaxDays}: {rows} dated {named} would set \"as of\" for every customer");
    }

    private static string BulkText => (Bulk * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static int DayNumber(DateTime time) => DateOnly.FromDateTime(time).DayNumber;

    private static string Text(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
