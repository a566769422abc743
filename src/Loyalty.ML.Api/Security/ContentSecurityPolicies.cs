namespace Loyalty.ML.Api.Security;

/// <summary>
/// The Content-Security-Policy of each kind of answer. None allows inline script or being framed by another page.
/// Data and error answers allow nothing at all. The dashboard runs its own script file, fetches its own endpoints and
/// shows the training report in a sandboxed frame (inline styles and <c>data:</c> plot images: the frame inherits this
/// policy). The API reference (Scalar) gets the hash of its one inline bootstrap script, computed from the page served.
/// </summary>
internal static class ContentSecurityPolicies
{
    /// <summary>JSON, problems, metrics, the report as a file: nothing loads, nothing frames it.</summary>
    public const string Data = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The dashboard page and its assets.</summary>
    public const string Dashboard = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>The API reference page, allowing its own files and the inline script whose hash is <paramref name="scriptHash"/>.</summary>
    public static string Reference(string? scriptHash) =>
        $"default-src 'none'; script-src 'self'{(scriptHash is null ? "" : $" 'sha256-{scriptHash}'")}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
}
