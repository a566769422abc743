namespace Loyalty.ML.Api.Options;

/// <summary>One API key: its secret, what it may read and how fast.</summary>
internal sealed class ApiKeyEntry
{
    /// <summary>Shortest key accepted, so keys cannot be guessed.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>Requests a secret key may make per window unless configured.</summary>
    public const int DefaultSecretPermitLimit = 6000;

    /// <summary>Requests one client address may make with a public key per window unless configured: a few page views a second.</summary>
    public const int DefaultPublicPermitLimit = 20;

    /// <summary>The secret sent in <c>X-Api-Key</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>Secret (the default) or public: a key for a web page, see <see cref="ApiKeyKind.Public"/>.</summary>
    public ApiKeyKind Kind { get; set; } = ApiKeyKind.Secret;

    /// <summary>Scopes: <c>recommendations:read</c>, <c>churn:read</c>, <c>admin</c>, …; a public key only <c>recommendations:read</c>.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>A public key's web origins (<c>https://shop.example</c>): requests must come from one of them.</summary>
    public List<string> Origins { get; set; } = [];

    /// <summary>Requests allowed per <see cref="RateLimitWindow"/>: per key for a secret key, per client address for a public one.</summary>
    public int? PermitLimit { get; set; }

    /// <summary>Window of the rate limit (one second unless configured).</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary><see cref="PermitLimit"/>, or the default of the key's kind.</summary>
    public int EffectivePermitLimit => PermitLimit ?? (Kind == ApiKeyKind.Public ? DefaultPublicPermitLimit : DefaultSecretPermitLimit);
}
