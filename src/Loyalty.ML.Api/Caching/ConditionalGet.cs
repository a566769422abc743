using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Loyalty.ML.Api.Caching;

/// <summary>
/// HTTP validators for GET answers. The entity tag is a hash of what the answer depends on (the model version, the
/// customer's events, the arguments: the answer cache's key), so a revalidation is answered 304 before the answer is
/// looked up or computed. Lists a shop page shows are <c>private, max-age</c>: per customer and behind a key, never for
/// shared caches, reusable by the page's own browser. Risk scores and segments are profiling data a CRM pulls: they are
/// <c>no-store</c> (nothing keeps a copy on disk), and their tag still lets a client that keeps its own copy revalidate.
/// </summary>
internal sealed class ConditionalGet(IOptions<HttpCacheOptions> options)
{
    private const string NoStore = "private, no-store";

    private readonly string _cacheControl = string.Create(CultureInfo.InvariantCulture, $"private, max-age={(long)options.Value.MaxAge.TotalSeconds}");

    /// <summary>
    /// Puts <c>ETag</c> and <c>Cache-Control</c> for an answer that depends on <paramref name="dependsOn"/> on the
    /// response; true (with the 304 to return) when the request's <c>If-None-Match</c> already names it.
    /// <paramref name="profiling"/> answers (risk scores, segments) are marked <c>no-store</c>.
    /// </summary>
    public bool IsNotModified(HttpContext context, string dependsOn, [NotNullWhen(true)] out NotModified? notModified, bool profiling = false)
    {
        var tag = Tag(dependsOn);
        var headers = context.Response.Headers;
        headers.ETag = tag;
        headers.CacheControl = profiling ? NoStore : _cacheControl;
        notModified = Matches(context.Request, tag) ? NotModified.Instance : null;
        return notModified is not null;
    }

    /// <summary>The strong entity tag of an answer depending on <paramref name="dependsOn"/>.</summary>
    public static string Tag(string dependsOn) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(dependsOn)):x32}\"");

    private static bool Matches(HttpRequest request, string tag)
    {
        if (!request.Headers.TryGetValue(HeaderNames.IfNoneMatch, out var values))
        {
            return false;
        }

        // If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" matches "x".
        return EntityTagHeaderValue.TryParseList(values, out var tags)
            && tags.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Tag.Equals(tag, StringComparison.Ordinal));
    }
}
