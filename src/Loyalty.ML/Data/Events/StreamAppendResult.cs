namespace Loyalty.ML.Data.Events;

/// <summary>What storing one batch read from the shared stream did with its purchases and its offer events.</summary>
/// <param name="Purchases">Per purchase of the batch: stored now or already stored.</param>
/// <param name="Offers">Per offer event of the batch: stored now or already stored.</param>
public sealed record StreamAppendResult(AppendResult Purchases, AppendResult Offers);
