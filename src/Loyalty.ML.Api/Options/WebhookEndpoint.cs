namespace Loyalty.ML.Api.Options;

/// <summary>One webhook receiver.</summary>
internal sealed class WebhookEndpoint
{
    /// <summary>Shortest secret accepted.</summary>
    public const int MinimumSecretLength = 16;

    /// <summary>The URL POSTed to (http or https).</summary>
    public string Url { get; set; } = "";

    /// <summary>The shared secret the HMAC-SHA256 signature is made with.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Event types sent: <c>churn.band_changed</c>, <c>model.published</c>; empty means both.</summary>
    public List<string> Events { get; set; } = [];
}
