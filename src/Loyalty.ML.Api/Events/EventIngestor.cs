using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Data.Events;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Events;

/// <summary>
/// Stores reported events durably, applies the new ones to the served model's overlay, then writes them to the stream.
/// Storing and applying happen under one lock, so an overlay rebuilt after a model swap (from the store, events after
/// the new model's last day) never misses or doubles an event stored meanwhile. Events other replicas stored arrive
/// from the shared stream through <see cref="ApplyFromStream"/> and are stored and applied the same way, never published again.
/// </summary>
internal sealed class EventIngestor : IDisposable
{
    private readonly ModelProvider _provider;
    private readonly IEventStream _stream;
    private readonly ILogger<EventIngestor> _logger;
    private readonly EventStore _store;
    private readonly EventStoreLock _storeLock;
    private readonly Lock _gate = new();
    private EventOverlay? _overlay;

    /// <summary>Opens the store at the configured path.</summary>
    public EventIngestor(ModelProvider provider, IEventStream stream, IOptions<EventOptions> options, ILogger<EventIngestor> logger)
    {
        _provider = provider;
        _stream = stream;
        _logger = logger;
        var path = options.Value.ResolveStorePath(provider.Registry.Root);
        _storeLock = EventStoreLock.Acquire(path);
        try
        {
            _store = EventStore.Open(path);
        }
        catch
        {
            _storeLock.Dispose();
            throw;
        }

        EventLog.StoreOpened(logger, _store.Path);
        if (options.Value.FormerStore(provider.Registry.Root) is { } former)
        {
            EventLog.FormerStoreNotRead(logger, former, path);
        }
    }

    /// <summary>The durable store.</summary>
    public EventStore Store => _store;

    /// <summary>The events applied on top of <paramref name="model"/>, rebuilt from the store when the model changed.</summary>
    public EventOverlay OverlayFor(LoadedModel model)
    {
        var overlay = Volatile.Read(ref _overlay);
        if (overlay is not null && overlay.Version == model.Version)
        {
            return overlay;
        }

        lock (_gate)
        {
            return CurrentOverlay(model);
        }
    }

    /// <summary>Stores <paramref name="purchases"/>; returns which were new. The new ones are applied when this returns.</summary>
    public async Task<AppendResult> AddPurchasesAsync(IReadOnlyList<PurchaseEvent> purchases)
    {
        AppendResult result;
        lock (_gate)
        {
            var overlay = CurrentOverlay();
            result = _store.AppendPurchases(purchases, toPublish: _stream.IsShared);
            ApplyNew(overlay, purchases, result, static (overlay, purchase) => overlay.Apply(purchase));
        }

        await _stream.PublishAsync([.. New(purchases, result)], []);
        return result;
    }

    /// <summary>Stores <paramref name="offers"/>; returns which were new. The new ones are applied when this returns.</summary>
    public async Task<AppendResult> AddOffersAsync(IReadOnlyList<OfferEvent> offers)
    {
        AppendResult result;
        lock (_gate)
        {
            var overlay = CurrentOverlay();
            result = _store.AppendOffers(offers, toPublish: _stream.IsShared);
            ApplyNew(overlay, offers, result, static (overlay, offer) => overlay.Apply(offer));
        }

        await _stream.PublishAsync([], [.. New(offers, result)]);
        return result;
    }

    /// <summary>
    /// Stores and applies a batch read from the shared stream, with its last entry id as the stream position, in one
    /// transaction; returns how many events were new here (the others, this replica's own among them, were stored before).
    /// </summary>
    public int ApplyFromStream(IReadOnlyList<StreamedEvent> entries)
    {
        if (entries.Count == 0)
        {
            return 0;
        }

        var purchases = entries.Where(entry => entry.Purchase is not null).Select(entry => entry.Purchase!).ToList();
        var offers = entries.Where(entry => entry.Offer is not null).Select(entry => entry.Offer!).ToList();
        StreamAppendResult result;
        lock (_gate)
        {
            var overlay = CurrentOverlay();
            result = _store.AppendFromStream(purchases, offers, entries[^1].StreamId);
            ApplyNew(overlay, purchases, result.Purchases, static (overlay, purchase) => overlay.Apply(purchase));
            ApplyNew(overlay, offers, result.Offers, static (overlay, offer) => overlay.Apply(offer));
        }

        return result.Purchases.NewCount + result.Offers.NewCount;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _store.Dispose();
        _storeLock.Dispose();
    }

    // Rebuilt (when the model changed) before the append: rebuilt after it, the overlay would read the new events from the store and apply them twice.
    private EventOverlay? CurrentOverlay() => _provider.Current is { } model ? CurrentOverlay(model) : null;

    private static void ApplyNew<T>(EventOverlay? overlay, IReadOnlyList<T> events, AppendResult result, Func<EventOverlay, T, bool> apply)
    {
        if (overlay is null)
        {
            return;
        }

        foreach (var added in New(events, result))
        {
            apply(overlay, added);
        }

        EventMetrics.Applied(overlay);
    }

    private EventOverlay CurrentOverlay(LoadedModel model)
    {
        if (_overlay is { } overlay && overlay.Version == model.Version)
        {
            return overlay;
        }

        var rebuilt = new EventOverlay(model.Version, model.LastDay);
        foreach (var purchase in _store.PurchasesAfter(model.LastDay))
        {
            rebuilt.Apply(purchase);
        }

        foreach (var offer in _store.OffersAfter(model.LastDay))
        {
            rebuilt.Apply(offer);
        }

        EventLog.OverlayRebuilt(_logger, model.Version, rebuilt.Purchases, rebuilt.Offers, model.LastDay);
        EventMetrics.Applied(rebuilt);
        Volatile.Write(ref _overlay, rebuilt);
        return rebuilt;
    }

    private static IEnumerable<T> New<T>(IReadOnlyList<T> events, AppendResult result) =>
        events.Where((_, index) => result.IsNew[index]);
}
