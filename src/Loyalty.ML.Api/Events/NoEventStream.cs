using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Events;

/// <summary>No stream without Redis: one replica applies what it stores.</summary>
internal sealed class NoEventStream : IEventStream
{
    /// <inheritdoc />
    public bool IsShared => false;

    /// <inheritdoc />
    public Task<string?> PublishAsync(IReadOnlyList<PurchaseEvent> purchases, IReadOnlyList<OfferEvent> offers) => Task.FromResult<string?>(null);
}
