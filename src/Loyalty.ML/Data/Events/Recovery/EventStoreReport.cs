namespace Loyalty.ML.Data.Events.Recovery;

/// <summary>What checking a store found.</summary>
/// <param name="StorePath">The store checked.</param>
/// <param name="Problems">What is wrong, each in a sentence; none when the store is sound.</param>
/// <param name="Held">The store's id and last rows, when it could be read and has its id.</param>
/// <param name="Mark">Its high-water mark, when there is one.</param>
/// <param name="StreamPosition">The last stream entry applied, when any.</param>
/// <param name="Purchases">Purchases held.</param>
/// <param name="Offers">Offer events held.</param>
public sealed record EventStoreReport(
    string StorePath, IReadOnlyList<string> Problems, StoreMark? Held, StoreMark? Mark, string? StreamPosition, long Purchases, long Offers)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool IsSound => Problems.Count == 0;
}
