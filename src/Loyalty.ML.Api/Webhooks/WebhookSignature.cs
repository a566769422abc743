using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Loyalty.ML.Api.Webhooks;

/// <summary>
/// <c>Loyalty-Signature: t=UNIX-SECONDS,v1=HEX</c>: HMAC-SHA256 with the endpoint's secret over <c>t + "." + body</c>. A
/// receiver recomputes it, compares in constant time and refuses an old <c>t</c>, so a captured request cannot be replayed.
/// </summary>
internal static class WebhookSignature
{
    /// <summary>The header name.</summary>
    public const string HeaderName = "Loyalty-Signature";

    /// <summary>The header value for <paramref name="body"/> signed at <paramref name="at"/>.</summary>
    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
