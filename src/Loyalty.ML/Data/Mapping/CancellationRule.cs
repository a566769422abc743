namespace Loyalty.ML.Data.Mapping;

/// <summary>How an export marks cancellations and returns; a line matching either marker is one.</summary>
public sealed record CancellationRule
{
    /// <summary>Order ids starting with this text are cancellations (e.g. <c>C</c>); null for none.</summary>
    public string? OrderIdPrefix { get; init; }

    /// <summary>A negative quantity (or amount) marks a return. When false such lines are excluded as negative quantity.</summary>
    public bool NegativeQuantity { get; init; } = true;
}
