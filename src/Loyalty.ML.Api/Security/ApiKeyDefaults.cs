namespace Loyalty.ML.Api.Security;

/// <summary>Names of the API key scheme.</summary>
internal static class ApiKeyDefaults
{
    /// <summary>Authentication scheme name.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>Request header carrying the key.</summary>
    public const string HeaderName = "X-Api-Key";
}
