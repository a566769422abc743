using System.Globalization;

namespace Loyalty.ML.Reports.Html;

/// <summary>Numbers and dates as the report writes them, the same on every machine.</summary>
internal static class Format
{
    public static string Number(double value, string format = "0.000") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Number(double? value, string format = "0.000") => value is { } number ? Number(number, format) : "–";

    /// <summary>Standard error of a share <paramref name="p"/> over <paramref name="n"/> independent 0/1 outcomes.</summary>
    public static double BinomialStdError(double p, int n) => n > 0 ? Math.Sqrt(p * (1 - p) / n) : double.NaN;

    public static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Money(double value) => value.ToString("N2", CultureInfo.InvariantCulture);

    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Interval(Core.Statistics.MetricInterval? interval) =>
        interval is { } range ? $"{Number(range.Low)}–{Number(range.High)}" : "–";
}
