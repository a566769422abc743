using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Loyalty.ML.Api.Churn;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Webhooks;

/// <summary>
/// Turns what happened into deliveries: a model version not yet announced, and the purchases stored since the last pass
/// read from the event store's log (this replica's and those other replicas streamed), each customer's band now compared
/// with the band last announced for them (or the model's published one). Purchases the overlay has not applied yet wait
/// for the next pass, so a band is never judged without the purchase that moved it.
/// </summary>
internal sealed class WebhookOutbox(ModelProvider provider, EventIngestor ingestor, TimeProvider time)
{
    private const int BatchSize = 500;

    /// <summary>Writes the next pass's deliveries and position; false when there was nothing new.</summary>
    public bool Collect(WebhookStore store, IReadOnlyDictionary<string, WebhookEndpoint> endpoints)
    {
        if (provider.Current is not { } model)
        {
            return false;
        }

        var (position, announced) = store.State();
        var now = time.GetUtcNow();
        var deliveries = new List<NewDelivery>();
        if (announced != model.Version)
        {
            var published = new WebhookEvent(Id($"{WebhookEventTypes.ModelPublished}|{model.Version}"), WebhookEventTypes.ModelPublished, now, model.Version, PreviousModelVersion: announced);
            deliveries.AddRange(For(endpoints, published));
        }

        var overlay = ingestor.OverlayFor(model);
        var (handled, customers) = Applied(PurchaseLog.After(ingestor.Store.Path, position, BatchSize), position, model, overlay);
        var bands = new List<(string CustomerId, string Band)>();
        if (model.Bundle.Churn is { } churn && customers.Count > 0)
        {
            var fresh = new ServedChurn(model, churn, overlay);
            foreach (var customerId in customers)
            {
                if (!fresh.TryGet(customerId, out var score))
                {
                    continue;
                }

                var band = ChurnViews.Band(score.Band);
                var before = store.AnnouncedBand(customerId, model.Version) ?? (churn.TryGet(customerId, out var old) ? ChurnViews.Band(old.Band) : null);
                if (before == band)
                {
                    continue;
                }

                bands.Add((customerId, band));
                var events = overlay.For(customerId);
                var id = Id($"{WebhookEventTypes.BandChanged}|{customerId}|{model.Version}|{before}|{band}|{events.Generation}.{events.Fingerprint:x16}");
                deliveries.AddRange(For(endpoints, new WebhookEvent(id, WebhookEventTypes.BandChanged, now, model.Version, CustomerId: customerId, FromBand: before, ToBand: band, Probability: score.Probability)));
            }
        }

        if (deliveries.Count == 0 && handled == position && announced == model.Version)
        {
            return false;
        }

        store.Commit(deliveries, bands, model.Version, handled, model.Version, now.ToUnixTimeMilliseconds());
        WebhookMetrics.Queued(deliveries.Count);
        return true;
    }

    // The purchases up to the first one not applied yet; those dated on or before the model's last day never are, and move no band.
    private static (long Handled, List<string> Customers) Applied(List<(long Seq, PurchaseEvent Purchase)> rows, long position, LoadedModel model, EventOverlay overlay)
    {
        var handled = position;
        var customers = new List<string>();
        foreach (var (seq, purchase) in rows)
        {
            if (purchase.Day > model.LastDay)
            {
                if (!overlay.For(purchase.CustomerId).Purchases.Any(applied => applied.EventId == purchase.EventId))
                {
                    break;
                }

                if (!customers.Contains(purchase.CustomerId))
                {
                    customers.Add(purchase.CustomerId);
                }
            }

            handled = seq;
        }

        return (handled, customers);
    }

    private static IEnumerable<NewDelivery> For(IReadOnlyDictionary<string, WebhookEndpoint> endpoints, WebhookEvent webhook)
    {
        var payload = JsonSerializer.Serialize(webhook, ApiJsonContext.Default.WebhookEvent);
        return endpoints.Where(pair => pair.Value.Events.Count == 0 || pair.Value.Events.Contains(webhook.Type))
            .Select(pair => new NewDelivery(webhook.Id, pair.Key, webhook.Type, payload));
    }

    // The same on every replica that saw the same events, so a receiver behind several replicas can drop repeats.
    private static string Id(string what) => $"wh_{XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(what)):x32}";
}
