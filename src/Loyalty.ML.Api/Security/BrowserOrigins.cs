using Loyalty.ML.Api.Options;

namespace Loyalty.ML.Api.Security;

/// <summary>The web origins browsers may call from, and what makes a public key safe to ship in a page.</summary>
internal static class BrowserOrigins
{
    /// <summary>The scopes a public key may have: reading recommendation lists, nothing that reveals a customer's data or writes.</summary>
    public static IReadOnlySet<string> PublicScopes { get; } = new HashSet<string>([ApiScopes.RecommendationsRead], StringComparer.Ordinal);

    /// <summary>The origins of every public key and <c>Browser:Origins</c>, as browsers send them (lower case, no trailing slash).</summary>
    public static HashSet<string> Allowed(ApiKeyOptions keys, BrowserOptions browser) =>
        keys.Keys.Values.Where(entry => entry.Kind == ApiKeyKind.Public).SelectMany(entry => entry.Origins).Concat(browser.Origins)
            .Select(Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="origin"/> (the request's <c>Origin</c> header) is one of <paramref name="origins"/>.</summary>
    public static bool Contains(IEnumerable<string> origins, string? origin) =>
        origin is not null && origins.Any(allowed => string.Equals(Normalize(allowed), origin, StringComparison.OrdinalIgnoreCase));

    /// <summary>What is wrong with a key's kind, scopes and origins, one message each.</summary>
    public static IEnumerable<string> Problems(string keyName, ApiKeyEntry entry)
    {
        var where = $"ApiKeys:Keys:{keyName}";
        if (entry.Kind != ApiKeyKind.Public)
        {
            if (entry.Origins.Count > 0)
            {
                yield return $"{where}:Origins binds only a public key (Kind: Public); a secret key must never be in a page. List browser origins for secret keys under Browser:Origins.";
            }

            yield break;
        }

        if (entry.Origins.Count == 0)
        {
            yield return $"{where}: a public key needs Origins, the web origins (https://shop.example) whose pages may use it.";
        }

        foreach (var origin in entry.Origins.Where(origin => !IsOrigin(origin)))
        {
            yield return $"{where}:Origins has '{origin}'; an origin is scheme://host[:port], with no path, like https://shop.example.";
        }

        foreach (var scope in entry.Scopes.Where(scope => !PublicScopes.Contains(scope)))
        {
            yield return $"{where}: a public key is read by anyone who opens the page, so it may only have {string.Join(", ", PublicScopes)}; not '{scope}'.";
        }
    }

    /// <summary>True for <c>scheme://host[:port]</c> of http or https, nothing after it.</summary>
    public static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.GetLeftPart(UriPartial.Authority).Equals(origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
        && string.IsNullOrEmpty(uri.UserInfo);

    private static string Normalize(string origin) => origin.TrimEnd('/').ToLowerInvariant();
}
