using System.Globalization;

namespace Loyalty.ML.Offers;

/// <summary>
/// Offers already issued, as exported by the campaign tool (<c>customer_id,offer_type,issued_on,bonus_value</c>),
/// so the limits count what a customer already received this period and this month.
/// </summary>
public sealed class OfferLedger
{
    private const string Header = "customer_id,offer_type,issued_on,bonus_value";
    private readonly Dictionary<string, List<(DateOnly IssuedOn, double Bonus)>> _issued;

    private OfferLedger(Dictionary<string, List<(DateOnly, double)>> issued) => _issued = issued;

    /// <summary>A ledger with nothing issued.</summary>
    public static OfferLedger Empty { get; } = new(new Dictionary<string, List<(DateOnly, double)>>(StringComparer.Ordinal));

    /// <summary>Reads a ledger file; throws <see cref="InvalidDataException"/> naming file, line and reason.</summary>
    public static OfferLedger Load(string path)
    {
        var issued = new Dictionary<string, List<(DateOnly, double)>>(StringComparer.Ordinal);
        using var reader = new StreamReader(path);
        if (reader.ReadLine()?.Trim() != Header)
        {
            throw new InvalidDataException($"{path}:1: expected the header {Header}.");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 4
                || !DateOnly.TryParseExact(fields[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issuedOn)
                || !double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var bonus) || bonus < 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected customer_id,offer_type,issued_on (yyyy-MM-dd),bonus_value (≥ 0).");
            }

            if (!issued.TryGetValue(fields[0], out var offers))
            {
                offers = [];
                issued.Add(fields[0], offers);
            }

            offers.Add((issuedOn, bonus));
        }

        return new OfferLedger(issued);
    }

    /// <summary>Offers issued to the customer in the limit period ending today, and bonus granted this calendar month.</summary>
    public CustomerOfferState StateOf(string customerId, DateOnly today, ProgramLimits limits)
    {
        if (!_issued.TryGetValue(customerId, out var offers))
        {
            return CustomerOfferState.None;
        }

        var periodStart = today.AddDays(-limits.PeriodDays);
        var inPeriod = offers.Count(offer => offer.IssuedOn > periodStart && offer.IssuedOn <= today);
        var bonus = offers.Where(offer => offer.IssuedOn.Year == today.Year && offer.IssuedOn.Month == today.Month && offer.IssuedOn <= today).Sum(offer => offer.Bonus);
        return new CustomerOfferState(inPeriod, bonus);
    }
}
