namespace Loyalty.ML.Data.Events;

/// <summary>What a durable append did with each event of a batch, in batch order.</summary>
/// <param name="IsNew">Per event: true when stored now, false when its id was already stored.</param>
/// <param name="Conflicts">
/// Per event: null, or, for an id already stored with a different payload, the fields that differ (the stored event
/// stands; the new one is not stored or applied).
/// </param>
public sealed record AppendResult(IReadOnlyList<bool> IsNew, IReadOnlyList<string?> Conflicts)
{
    /// <summary>The result of appending nothing.</summary>
    public static readonly AppendResult Empty = new([], []);

    /// <summary>Events stored now.</summary>
    public int NewCount => IsNew.Count(isNew => isNew);

    /// <summary>Ids already stored with a different payload.</summary>
    public int ConflictCount => Conflicts.Count(conflict => conflict is not null);
}
