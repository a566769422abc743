namespace Loyalty.ML.Data.Mapping;

/// <summary>
/// How people read the data's dates and amounts (mapping key <c>display</c>): the report and the dashboard write
/// dates and money this way. Parsing is the files' own <see cref="TextFormat"/>'s business: an export can write US
/// dates for a UK shop.
/// </summary>
public sealed record DisplayFormat
{
    /// <summary>Culture name for dates and numbers (e.g. <c>en-GB</c>); null: ISO dates and plain numbers.</summary>
    public string? Culture { get; init; }

    /// <summary>ISO 4217 code of the money amounts (e.g. <c>GBP</c>); null: amounts without a currency.</summary>
    public string? Currency { get; init; }
}
