using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>Signed POSTs to configured URLs when a customer's churn band moves or a new model is published.</summary>
internal sealed class WebhookOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Webhooks";

    /// <summary>Receivers by name, e.g. <c>Webhooks__Endpoints__crm__Url</c>; none configured, nothing is sent.</summary>
    public Dictionary<string, WebhookEndpoint> Endpoints { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How often the dispatcher looks for new purchases, a new model and deliveries due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Wait before the first retry of a failed delivery; it doubles with each attempt (±20%), up to <see cref="MaxBackoff"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts before a delivery is given up (kept in the store as failed, counted and logged). The default spans about a day.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 150;

    /// <summary>How long one attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
