namespace Loyalty.ML.Api.Options;

/// <summary>Whether a key is kept on a server or shipped in a web page.</summary>
internal enum ApiKeyKind
{
    /// <summary>Kept by a server (a shop back end, a CRM, a till): any scopes, limited per key.</summary>
    Secret,

    /// <summary>
    /// Shipped in a page's JavaScript, so anyone can read it: accepted only from its <see cref="ApiKeyEntry.Origins"/>,
    /// read-only recommendation scopes only, limited per client address.
    /// </summary>
    Public,
}
