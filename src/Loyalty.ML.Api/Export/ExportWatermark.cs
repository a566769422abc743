using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Loyalty.ML.Api.Export;

/// <summary>
/// What an export is pinned to: one model version and the events stored up to one sequence number of this replica's
/// event store. Sent as an opaque token (base64url of <c>version</c>, a newline and the number).
/// </summary>
internal sealed record ExportWatermark(string ModelVersion, long EventSeq)
{
    /// <summary>The token form, for the <c>Loyalty-Watermark</c> header and the <c>snapshot</c> and <c>changedSince</c> arguments.</summary>
    public string Token => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{ModelVersion}\n{EventSeq}")));

    /// <summary>Reads a token; false when it is not one this service made (or names a version that is not a plain folder name).</summary>
    public static bool TryParse(string? token, [NotNullWhen(true)] out ExportWatermark? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(token) || token.Length > 400 || !Base64Url.IsValid(token))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        var split = text.LastIndexOf('\n');
        if (split <= 0 || !long.TryParse(text.AsSpan(split + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            return false;
        }

        var version = text[..split];

        // The version names a registry folder: nothing that could step out of it.
        if (version.Length > 100 || version.Contains("..", StringComparison.Ordinal) || !version.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return false;
        }

        watermark = new ExportWatermark(version, seq);
        return true;
    }
}
