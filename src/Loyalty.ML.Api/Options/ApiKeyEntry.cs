namespace Loyalty.ML.Api.Options;

/// <summary>One API key: its secret, what it may read and how fast.</summary>
internal sealed class ApiKeyEntry
{
    /// <summary>Shortest key accepted, so keys cannot be guessed.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>The secret sent in <c>X-Api-Key</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>Scopes: <c>recommendations:read</c>, <c>churn:read</c>, <c>admin</c>.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Requests allowed per <see cref="RateLimitWindow"/>.</summary>
    public int PermitLimit { get; set; } = 6000;

    /// <summary>Window of the per-key rate limit.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(1);
}
