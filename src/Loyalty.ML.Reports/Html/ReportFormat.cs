using System.Globalization;
using Loyalty.ML.Data.Mapping;

namespace Loyalty.ML.Reports.Html;

/// <summary>
/// How the report writes values: dates, counts and money in the data's culture and currency (the mapping's
/// <c>display</c>), model figures (AUC, NDCG …) the same on every machine. Without a display culture dates are ISO.
/// </summary>
public sealed class ReportFormat
{
    private readonly NumberFormatInfo _money;

    private ReportFormat(CultureInfo culture, string? currencySymbol, string? note)
    {
        Culture = culture;
        CurrencySymbol = currencySymbol;
        Note = note;
        _money = (NumberFormatInfo)culture.NumberFormat.Clone();
        _money.CurrencySymbol = currencySymbol ?? string.Empty;
    }

    /// <summary>ISO dates, plain amounts.</summary>
    public static ReportFormat Invariant { get; } = new(CultureInfo.InvariantCulture, null, null);

    public CultureInfo Culture { get; }

    /// <summary>The currency's symbol (or code), null when the data names no currency.</summary>
    public string? CurrencySymbol { get; }

    /// <summary>Why the asked-for culture is not used, when it is not.</summary>
    public string? Note { get; }

    /// <summary>The format <paramref name="display"/> asks for; invariant, with a note, when this machine lacks that culture.</summary>
    public static ReportFormat For(DisplayFormat? display)
    {
        if (display is null)
        {
            return Invariant;
        }

        var culture = CultureInfo.InvariantCulture;
        string? note = null;
        if (display.Culture is { } name)
        {
            try
            {
                culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                note = $"Dates and amounts are written in ISO form: culture {name} is not available to this process (globalization-invariant mode).";
            }
        }

        return new ReportFormat(culture, display.Currency is { } code ? SymbolOf(code, culture) : null, note);
    }

    // One overload: a double converts to double?, and the API analyzer refuses two overloads with optional parameters (RS0026).
    public string Number(double? value, string format = "0.000") =>
        value is { } number ? number.ToString(format, CultureInfo.InvariantCulture) : "–";

    /// <summary>Standard error of a share <paramref name="p"/> over <paramref name="n"/> independent 0/1 outcomes.</summary>
    public double BinomialStdError(double p, int n) => n > 0 ? Math.Sqrt(p * (1 - p) / n) : double.NaN;

    public string Count(double value) => value.ToString("N0", Culture);

    public string Percent(double percent) => percent.ToString("0.0", Culture) + "%";

    public string Money(double value) => CurrencySymbol is null ? value.ToString("N2", Culture) : value.ToString("C2", _money);

    /// <summary>Money without cents, for large totals and tiles.</summary>
    public string MoneyWhole(double value) => CurrencySymbol is null ? value.ToString("N0", Culture) : value.ToString("C0", _money);

    public string Date(DateTime value) => Date(DateOnly.FromDateTime(value));

    public string Date(DateOnly value) => Culture.Equals(CultureInfo.InvariantCulture)
        ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : value.ToString(Culture.DateTimeFormat.ShortDatePattern, Culture);

    /// <summary>A month as plots and captions name it: "Dec 2011" in the data's language.</summary>
    public string Month(DateOnly month) => month.ToString("MMM yyyy", Culture);

    public string Interval(Core.Statistics.MetricInterval? interval) =>
        interval is { } range ? $"{Number(range.Low)}–{Number(range.High)}" : "–";

    // The symbol the data's culture writes for the currency when it is that culture's own (£ for GBP in en-GB), else the
    // symbol of a culture whose region uses it ($ for USD), else the ISO code.
    private static string SymbolOf(string code, CultureInfo culture)
    {
        try
        {
            if (!culture.IsNeutralCulture && !culture.Equals(CultureInfo.InvariantCulture) && new RegionInfo(culture.Name).ISOCurrencySymbol == code)
            {
                return culture.NumberFormat.CurrencySymbol;
            }

            var region = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
                .Select(specific => new RegionInfo(specific.Name))
                .FirstOrDefault(candidate => candidate.ISOCurrencySymbol == code);
            return region?.CurrencySymbol ?? code + " ";
        }
        catch (ArgumentException)
        {
            return code + " ";
        }
    }
}
