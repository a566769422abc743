namespace Loyalty.ML.Data.Mapping;

/// <summary>How the optional item catalog file is read.</summary>
public sealed record ItemMapping
{
    /// <summary>Column names.</summary>
    public ItemColumns Columns { get; init; } = new();

    /// <summary>How values are written.</summary>
    public TextFormat Format { get; init; } = new();
}
