using Loyalty.ML.Api.Events.Durability;
using Loyalty.ML.Api.Logging;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Data.Events.Recovery;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Events;

/// <summary>
/// Stores reported events durably, applies the new ones to the served model's overlay, then writes them to the stream.
/// Storing and applying happen under one lock, so an overlay rebuilt after a model swap (from the store, events after
/// the new model's last day) never misses or doubles an event stored meanwhile. Events other replicas stored arrive
/// from the shared stream through <see cref="ApplyFromStream"/> and are stored and applied the same way, never published
/// again. While the outbox has a backlog (a stream write failed, or unpublished events were found at start) new events
/// are not written at once but left to the outbox, which sends them after the older ones, in the order stored. Every
/// store failure goes through <see cref="EventStoreHealth"/>: 503 and not ready, never 500.
/// </summary>
internal sealed class EventIngestor : IDisposable
{
    private readonly ModelProvider _provider;
    private readonly IEventStream _stream;
    private readonly EventStoreHealth _health;
    private readonly ILogger<EventIngestor> _logger;
    private readonly EventStore _store;
    private readonly EventStoreLock _storeLock;
    private readonly EventStoreMark _mark;
    private readonly string _markPath;
    private readonly LogThrottle _publishFailures;
    private readonly LogThrottle _markFailures;
    private readonly Lock _gate = new();
    private EventOverlay? _overlay;
    private bool _backlogged;

    /// <summary>Opens the store at the configured path once it passed its check; throws, stopping the service, when it did not.</summary>
    public EventIngestor(
        ModelProvider provider, IEventStream stream, IOptions<EventOptions> options, EventStoreHealth health, TimeProvider time, ILogger<EventIngestor> logger)
    {
        _provider = provider;
        _stream = stream;
        _health = health;
        _logger = logger;
        var path = options.Value.ResolveStorePath(provider.Registry.Root);
        _markPath = options.Value.ResolveMarkPath(path);
        (_storeLock, _store, _mark) = EventStoreStartup.Open(path, _markPath, logger);
        _publishFailures = new LogThrottle(options.Value.WarningInterval, time);
        _markFailures = new LogThrottle(options.Value.WarningInterval, time);
        _backlogged = stream.IsShared && Guard(() => _store.Unpublished(_store.Written, 1).Count > 0);
        if (options.Value.FormerStore(provider.Registry.Root) is { } former)
        {
            EventLog.FormerStoreNotRead(logger, former, path);
        }
    }

    /// <summary>The durable store.</summary>
    public EventStore Store => _store;

    /// <summary>True while events wait in the outbox: new ones then go out through it, after the older ones.</summary>
    public bool Backlogged => Volatile.Read(ref _backlogged);

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
            return Guard(() => CurrentOverlay(model));
        }
    }

    /// <summary>Stores <paramref name="purchases"/>; returns which were new. The new ones are applied when this returns.</summary>
    public async Task<AppendResult> AddPurchasesAsync(IReadOnlyList<PurchaseEvent> purchases)
    {
        var (result, publish) = Append(purchases, (store, toPublish) => store.AppendPurchases(purchases, toPublish), static (overlay, purchase) => overlay.Apply(purchase));
        await PublishAsync(publish ? [.. New(purchases, result)] : [], []);
        return result;
    }

    /// <summary>Stores <paramref name="offers"/>; returns which were new. The new ones are applied when this returns.</summary>
    public async Task<AppendResult> AddOffersAsync(IReadOnlyList<OfferEvent> offers)
    {
        var (result, publish) = Append(offers, (store, toPublish) => store.AppendOffers(offers, toPublish), static (overlay, offer) => overlay.Apply(offer));
        await PublishAsync([], publish ? [.. New(offers, result)] : []);
        return result;
    }

    /// <summary>
    /// Stores and applies a batch read from the shared stream, with its last entry id as the stream position, in one
    /// transaction; returns what became of its events (the ones stored before, this replica's own among them, are not new).
    /// </summary>
    public StreamAppendResult ApplyFromStream(IReadOnlyList<StreamedEvent> entries)
    {
        var purchases = entries.Where(entry => entry.Purchase is not null).Select(entry => entry.Purchase!).ToList();
        var offers = entries.Where(entry => entry.Offer is not null).Select(entry => entry.Offer!).ToList();
        lock (_gate)
        {
            var overlay = Guard(() => CurrentOverlay());
            var result = Guard(() => _store.AppendFromStream(purchases, offers, entries[^1].StreamId));
            WriteMark();
            ApplyNew(overlay, purchases, result.Purchases, static (overlay, purchase) => overlay.Apply(purchase));
            ApplyNew(overlay, offers, result.Offers, static (overlay, offer) => overlay.Apply(offer));
            return result;
        }
    }

    /// <summary>The last stream entry applied (null for none).</summary>
    public string? StreamPosition() => Guard(_store.StreamPosition);

    /// <summary>The last rows stored now.</summary>
    public OutboxHorizon Written() => _store.Written;

    /// <summary>Unpublished events after <paramref name="after"/> up to <paramref name="upTo"/> (see <see cref="EventStore.Unpublished(OutboxHorizon, OutboxHorizon, int)"/>).</summary>
    public UnpublishedEvents Unpublished(OutboxHorizon after, OutboxHorizon upTo, int limit) => Guard(() => _store.Unpublished(after, upTo, limit));

    /// <summary>Marks the outbox backlogged: new events wait in it until it is drained.</summary>
    public void MarkBacklogged() => Volatile.Write(ref _backlogged, true);

    /// <summary>Ends the backlog when nothing was stored after <paramref name="drained"/> (checked under the store's lock); returns whether it ended.</summary>
    public bool TryEndBacklog(OutboxHorizon drained)
    {
        lock (_gate)
        {
            if (_store.Written != drained)
            {
                return false;
            }

            Volatile.Write(ref _backlogged, false);
            return true;
        }
    }

    /// <summary>Checks that the file at the store's path is still this store; a store that is not becomes the replica's fault.</summary>
    public void VerifyStoreFile()
    {
        if (_store.FileProblem() is { } problem)
        {
            _health.Fail(_store.Path, problem);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _mark.Dispose();
        _store.Dispose();
        _storeLock.Dispose();
    }

    private (AppendResult Result, bool Publish) Append<T>(IReadOnlyList<T> events, Func<EventStore, bool, AppendResult> append, Func<EventOverlay, T, bool> apply)
    {
        lock (_gate)
        {
            var overlay = Guard(() => CurrentOverlay());
            var result = Guard(() => append(_store, _stream.IsShared));
            WriteMark();
            ApplyNew(overlay, events, result, apply);
            return (result, !_backlogged);
        }
    }

    private async Task PublishAsync(IReadOnlyList<PurchaseEvent> purchases, IReadOnlyList<OfferEvent> offers)
    {
        if (purchases.Count + offers.Count == 0 || await _stream.PublishAsync(purchases, offers) is not { } failure)
        {
            return;
        }

        MarkBacklogged();
        if (_publishFailures.Count() is > 0 and var count)
        {
            EventLog.StreamFailed(_logger, count, _publishFailures.Interval, failure);
        }
    }

    private void WriteMark()
    {
        try
        {
            _mark.Write(new StoreMark(_store.StoreId, _store.Written));
        }
        catch (IOException exception)
        {
            if (_markFailures.Count() is > 0 and var count)
            {
                EventLog.MarkFailed(_logger, _markPath, count, _markFailures.Interval, exception.Message);
            }
        }
    }

    private T Guard<T>(Func<T> operation)
    {
        _health.ThrowIfFailed();
        try
        {
            return operation();
        }
        catch (SqliteException exception) when (EventStoreHealth.IsDamage(exception))
        {
            throw _health.Fail(_store?.Path ?? "", $"SQLite error {exception.SqliteErrorCode}: {exception.Message}", exception);
        }
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
