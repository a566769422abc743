namespace Loyalty.ML.Data.Mapping;

/// <summary>How the optional customers file is read.</summary>
public sealed record CustomerMapping
{
    /// <summary>Column names.</summary>
    public CustomerColumns Columns { get; init; } = new();

    /// <summary>How values are written.</summary>
    public TextFormat Format { get; init; } = new();

    /// <summary>Texts read as "yes" in the marketing consent column (case-insensitive); anything else is "no".</summary>
    public IReadOnlyList<string> TrueValues { get; init; } = ["true", "yes", "y", "1"];
}
