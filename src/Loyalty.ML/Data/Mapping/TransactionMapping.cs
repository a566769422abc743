namespace Loyalty.ML.Data.Mapping;

/// <summary>How the transactions file is read and which of its rows count as purchases.</summary>
public sealed record TransactionMapping
{
    /// <summary>Column names of the contract fields.</summary>
    public TransactionColumns Columns { get; init; } = new();

    /// <summary>How values are written.</summary>
    public TextFormat Format { get; init; } = new();

    /// <summary>How cancellations and returns are marked.</summary>
    public CancellationRule Cancellations { get; init; } = new();

    /// <summary>Item codes that are not products (postage, fees, discounts).</summary>
    public NonProductRule NonProducts { get; init; } = new();

    /// <summary>Exclude lines whose unit price (or amount) is zero.</summary>
    public bool ExcludeZeroPrice { get; init; } = true;

    /// <summary>Exclude lines whose unit price is negative (adjustments, bad debt).</summary>
    public bool ExcludeNegativePrice { get; init; } = true;
}
