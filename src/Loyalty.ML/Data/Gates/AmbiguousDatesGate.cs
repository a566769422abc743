using System.Globalization;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Gates;

/// <summary>
/// <c>ambiguous_dates</c>: fails when a mapping's date formats could read day and month either way and the other
/// reading fits the file better: more rows fail as mapped but parse swapped than have a day above 12 as mapped,
/// or, in a file in time order, more than <see cref="MaxSwappedShare"/> of the rows (and at least
/// <see cref="MinSwappedRows"/>) sit next to their neighbours only when swapped, or most of its jumps between days are
/// a day long only when every date is read swapped (a day-first file whose days are all 12 or less).
/// </summary>
internal static class AmbiguousDatesGate
{
    public const string Name = "ambiguous_dates";

    /// <summary>Share of rows within a day of the row before above which the file counts as in time order.</summary>
    public const double OrderedShare = 0.5;

    /// <summary>Share of compared rows that may fit only when swapped, in a file in time order.</summary>
    public const double MaxSwappedShare = 0.001;

    /// <summary>Share of a time-ordered file's jumps between days that, read swapped on both sides, are a day long: above it the whole file is day-first.</summary>
    public const double MinShareOfJumps = 0.5;

    /// <summary>Rows that fit only swapped below which nothing is concluded.</summary>
    public const int MinSwappedRows = 3;

    public static SanityGate Check(DayMonthEvidence? evidence)
    {
        if (evidence is null)
        {
            return new SanityGate(Name, true, "the date formats cannot mix up day and month");
        }

        var example = evidence.Example is { } first ? $" (first: line {first.Line}, '{first.Text}')" : string.Empty;
        if (evidence.FailOnlyAsMapped > 0 && evidence.FailOnlyAsMapped > evidence.FitOnlyAsMapped)
        {
            return new SanityGate(Name, false,
                $"{evidence.FailOnlyAsMapped:N0} rows fail as {evidence.Mapped} but parse as {evidence.Swapped}{example}, while only {evidence.FitOnlyAsMapped:N0} have a day above 12 as mapped: day and month look swapped; fix date_formats");
        }

        var ordered = evidence.Compared == 0 ? 0 : (double)evidence.Ordered / evidence.Compared;
        var limit = Math.Max(MinSwappedRows, MaxSwappedShare * evidence.Compared);
        var share = (ordered * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
        var jumps = evidence.Compared - evidence.Ordered;
        if (ordered >= OrderedShare && evidence.FitBothSwapped >= MinSwappedRows && evidence.FitBothSwapped >= MinShareOfJumps * jumps)
        {
            return new SanityGate(Name, false,
                $"the file is in time order ({share} of rows within a day of the row before), but {evidence.FitBothSwapped:N0} of its {jumps:N0} jumps between days are a day long only when every date is read as {evidence.Swapped} instead of {evidence.Mapped}: the whole file looks written day-first");
        }

        if (ordered >= OrderedShare && evidence.FitOnlySwapped >= limit)
        {
            return new SanityGate(Name, false,
                $"the file is in time order ({share} of rows within a day of the row before), but {evidence.FitOnlySwapped:N0} rows{example} fit their neighbours only when read as {evidence.Swapped} instead of {evidence.Mapped}: some rows write day and month the other way round");
        }

        return new SanityGate(Name, true,
            $"{evidence.Mapped} fits at least as well as {evidence.Swapped}: {evidence.FailOnlyAsMapped:N0} rows parse only swapped, {evidence.FitOnlyAsMapped:N0} only as mapped, {evidence.FitOnlySwapped:N0} fit their neighbours only swapped ({share} of rows within a day of the row before)");
    }
}
