using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>
/// Request size limits the service answers with ProblemDetails (414, 431). Kestrel's own limits are set to
/// <see cref="ServerLimitFactor"/> times these, because what Kestrel rejects itself it answers with an empty body.
/// </summary>
internal sealed class ServerLimitOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "ServerLimits";

    /// <summary>Kestrel's limits are this many times the service's, so the service sees and answers all but absurd requests.</summary>
    public const int ServerLimitFactor = 4;

    /// <summary>Longest request target (path and query) accepted, in bytes; longer is 414.</summary>
    [Range(256, 1_000_000)]
    public int MaxUrlLength { get; set; } = 8 * 1024;

    /// <summary>Largest sum of request header names and values accepted, in bytes; larger is 431.</summary>
    [Range(1024, 1_000_000)]
    public int MaxHeadersLength { get; set; } = 32 * 1024;
}
