namespace Loyalty.ML.Client;

/// <summary>Where the Loyalty.ML API is and the key to call it with.</summary>
public sealed class LoyaltyClientOptions
{
    /// <summary>Base address of the service, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The API key sent in <c>X-Api-Key</c> (a secret key: never ship it to a browser).</summary>
    public string ApiKey { get; set; } = "";
}
