using System.Globalization;

namespace Loyalty.ML.Api.Events;

/// <summary>Redis stream entry ids (<c>milliseconds-sequence</c>), compared as the pair of numbers they are, not as text.</summary>
internal static class StreamIds
{
    /// <summary>Before every entry: a replica that applied nothing reads from here.</summary>
    public const string Start = "0";

    /// <summary>Negative, zero or positive as <paramref name="left"/> is before, equal to or after <paramref name="right"/>.</summary>
    public static int Compare(string left, string right) => Parse(left).CompareTo(Parse(right));

    private static (ulong Milliseconds, ulong Sequence) Parse(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash < 0
            ? (ulong.Parse(id, CultureInfo.InvariantCulture), 0)
            : (ulong.Parse(id.AsSpan(0, dash), CultureInfo.InvariantCulture), ulong.Parse(id.AsSpan(dash + 1), CultureInfo.InvariantCulture));
    }
}
