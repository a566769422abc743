namespace Loyalty.ML.Data.Ingestion.Values;

/// <summary>
/// Largest magnitudes a row may hold. Lines are stored as <c>float</c>, and one absurd value (a price of 1e39
/// is Infinity as a float) would poison every sum and metric, so such a row is <see cref="RowOutcome.BadNumber"/>.
/// </summary>
internal static class NumberLimits
{
    /// <summary>Largest |quantity| of one line (Online Retail's largest is 80,995).</summary>
    public const double Quantity = 1_000_000;

    /// <summary>Largest |unit price|, |line amount| or |list price|, in any currency (leaves room for currencies with large units).</summary>
    public const double Price = 1_000_000_000;

    /// <summary>
    /// Smallest |quantity| or |price| other than 0: a millionth of a unit (a milligram of a kilogram item) is still a
    /// reading; 1e-320 is not, and as a <c>float</c> it would be 0, a line of nothing counted as a purchase.
    /// </summary>
    public const double Smallest = 0.000_001;

    /// <summary>True when <paramref name="value"/> is 0 or a finite magnitude from <see cref="Smallest"/> to <paramref name="limit"/>.</summary>
    public static bool IsWithin(double value, double limit) => value == 0 || Math.Abs(value) is var magnitude && magnitude >= Smallest && magnitude <= limit;

    /// <summary>The range <see cref="IsWithin"/> accepts, for a reason.</summary>
    public static string Range(double limit) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0, or {Smallest:0.######} to {limit:N0} either side of 0");
}
