namespace Loyalty.ML.Api.Options;

/// <summary>Cross-origin (CORS) access for web pages beyond the origins public keys name.</summary>
internal sealed class BrowserOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Browser";

    /// <summary>
    /// More origins whose pages may call the API with a secret key (an internal tool on its own host, say). The origins
    /// of public keys are allowed without being listed here. Any other origin's preflight is refused with 403.
    /// </summary>
    public List<string> Origins { get; set; } = [];

    /// <summary>How long a browser may reuse a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
