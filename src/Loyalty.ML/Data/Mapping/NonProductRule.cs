namespace Loyalty.ML.Data.Mapping;

/// <summary>Item codes that are not products: an exact list, a regular expression, or both.</summary>
public sealed record NonProductRule
{
    /// <summary>Exact item codes (case-sensitive), e.g. <c>POST</c>, <c>BANK CHARGES</c>.</summary>
    public IReadOnlyList<string> ItemIds { get; init; } = [];

    /// <summary>.NET regular expression matched against the item code; null for none.</summary>
    public string? ItemIdPattern { get; init; }
}
