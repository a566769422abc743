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
}
