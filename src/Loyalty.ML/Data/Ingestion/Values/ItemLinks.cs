namespace Loyalty.ML.Data.Ingestion.Values;

/// <summary>Which item links may reach a shop page: absolute http(s) URLs and root-relative paths, nothing a browser would run.</summary>
internal static class ItemLinks
{
    /// <summary>Longest link accepted.</summary>
    public const int MaxLength = 2048;

    public static bool IsSafe(string link)
    {
        if (link.Length > MaxLength || link.Any(char.IsControl) || link.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        // "//host/x" is protocol-relative: another site, so it must be written out with its scheme.
        if (link.StartsWith('/'))
        {
            return !link.StartsWith("//", StringComparison.Ordinal) && !link.StartsWith("/\\", StringComparison.Ordinal);
        }

        return Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;
    }
}
