using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>How long browsers and clients may reuse an answer without asking again (<c>Cache-Control: private, max-age</c>).</summary>
internal sealed class HttpCacheOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "HttpCache";

    /// <summary>
    /// Freshness of a GET answer in a client's private cache (60 s by default); after it the client revalidates with
    /// <c>If-None-Match</c> and gets 304 while the model, the customer's events and the arguments are unchanged.
    /// Zero makes clients revalidate every time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(60);
}
