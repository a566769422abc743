namespace Loyalty.ML.Data.Mapping;

/// <summary>How values are written in one file of an export.</summary>
public sealed record TextFormat
{
    /// <summary>Field delimiter of CSV files (one character).</summary>
    public string Delimiter { get; init; } = ",";

    /// <summary>Text encoding name (e.g. <c>utf-8</c>, <c>latin1</c>, <c>windows-1252</c>); a byte-order mark wins.</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>
    /// Exact date formats (.NET custom format strings such as <c>M/d/yyyy H:mm</c>), tried in order.
    /// Empty: ISO-8601 (<c>2024-03-05</c>, <c>2024-03-05T14:22:00</c>, optional fraction and zone).
    /// </summary>
    public IReadOnlyList<string> DateFormats { get; init; } = [];

    /// <summary>Culture name for numbers and dates; only cultures the process has can be used (invariant always).</summary>
    public string? Culture { get; init; }

    /// <summary>Decimal separator of numbers; overrides the culture's.</summary>
    public string? DecimalSeparator { get; init; }

    /// <summary>Thousands separator allowed in numbers; none by default.</summary>
    public string? ThousandsSeparator { get; init; }

    /// <summary>Remove leading and trailing white space from ids and names.</summary>
    public bool Trim { get; init; } = true;
}
