namespace Loyalty.ML.Api.Options;

/// <summary>The API keys the service accepts, by name (the name shows in logs, never the key).</summary>
internal sealed class ApiKeyOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "ApiKeys";

    /// <summary>Keys by name, e.g. <c>ApiKeys__Keys__shop__Key</c> in the environment.</summary>
    public Dictionary<string, ApiKeyEntry> Keys { get; set; } = new(StringComparer.Ordinal);
}
