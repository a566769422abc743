namespace Loyalty.ML.Data.Ingestion.Values;

/// <summary>The dates a file may hold: a date outside is <see cref="RowOutcome.BadDate"/>, not a purchase in year 1 or 9999.</summary>
/// <param name="Earliest">First plausible day.</param>
/// <param name="Latest">Last plausible day (inclusive).</param>
internal sealed record DateWindow(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>Earliest plausible purchase (and signup): files and reported purchases alike.</summary>
    public static readonly DateOnly EarliestPurchase = new(1970, 1, 1);

    /// <summary>Earliest plausible birthday: customers' files reach further back than purchases.</summary>
    public static readonly DateOnly EarliestBirthday = new(1900, 1, 1);

    /// <summary>The window of <paramref name="options"/>: its earliest date up to its latest, or the clock's UTC day plus one.</summary>
    public static DateWindow From(LoadOptions options) => new(
        options.EarliestDate,
        options.LatestDate ?? DateOnly.FromDateTime(options.Clock.GetUtcNow().UtcDateTime).AddDays(1));

    public bool Contains(DateTime value) => DateOnly.FromDateTime(value) is var day && day >= Earliest && day <= Latest;

    public override string ToString() => $"{Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}";
}
