namespace Loyalty.ML.Data.Events;

/// <summary>What a durable append did with each event of a batch, in batch order.</summary>
/// <param name="IsNew">Per event: true when stored now, false when its id was already stored.</param>
public sealed record AppendResult(IReadOnlyList<bool> IsNew)
{
    /// <summary>Events stored now.</summary>
    public int NewCount => IsNew.Count(isNew => isNew);
}
