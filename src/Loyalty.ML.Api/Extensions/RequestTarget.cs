using System.Globalization;
using System.Text.Unicode;

namespace Loyalty.ML.Api.Extensions;

/// <summary>
/// Checks a request target as sent: once percent-decoded it must be UTF-8. The server keeps an undecodable escape such
/// as <c>%FF</c> as literal text and query decoding turns it into U+FFFD; either way it would silently become a new id.
/// </summary>
internal static class RequestTarget
{
    /// <summary>True when every percent escape in <paramref name="rawTarget"/> decodes, together with the rest, to valid UTF-8.</summary>
    public static bool IsUtf8(string rawTarget)
    {
        if (!rawTarget.Contains('%', StringComparison.Ordinal))
        {
            return true;
        }

        var bytes = new List<byte>(rawTarget.Length);
        for (var index = 0; index < rawTarget.Length; index++)
        {
            var character = rawTarget[index];
            if (character == '%' && index + 2 < rawTarget.Length
                && byte.TryParse(rawTarget.AsSpan(index + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var escaped))
            {
                bytes.Add(escaped);
                index += 2;
            }
            else if (character > 0x7F)
            {
                return false;
            }
            else
            {
                bytes.Add((byte)character);
            }
        }

        return Utf8.IsValid(bytes.ToArray());
    }
}
