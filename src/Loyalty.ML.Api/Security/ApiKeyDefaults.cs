namespace Loyalty.ML.Api.Security;

/// <summary>Names of the API key scheme.</summary>
internal static class ApiKeyDefaults
{
    /// <summary>Authentication scheme name.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>Request header carrying the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>Claim naming a public key (value <c>public</c>): such requests are limited per client address.</summary>
    public const string KindClaim = "key_kind";

    /// <summary>The <see cref="KindClaim"/> value of a public key.</summary>
    public const string PublicKind = "public";

    /// <summary>Where the handler leaves the reason it refused a known public key, so the challenge can answer 403 with it.</summary>
    public const string RefusalItem = "loyalty.key-refusal";
}
