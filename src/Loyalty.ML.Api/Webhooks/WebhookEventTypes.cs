namespace Loyalty.ML.Api.Webhooks;

/// <summary>The event types a receiver can subscribe to.</summary>
internal static class WebhookEventTypes
{
    /// <summary>A customer's churn band moved (a reported purchase re-scored them).</summary>
    public const string BandChanged = "churn.band_changed";

    /// <summary>A new model version is served; bands may have moved for many customers: pull <c>/v1/churn/export?changedSince=</c>.</summary>
    public const string ModelPublished = "model.published";

    /// <summary>Every type.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>([BandChanged, ModelPublished], StringComparer.Ordinal);
}
