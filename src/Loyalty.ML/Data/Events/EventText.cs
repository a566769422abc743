using System.Globalization;
using System.Text;

namespace Loyalty.ML.Data.Events;

/// <summary>
/// The characters an id or name of a reported event may hold: printable text. Control characters, invisible format
/// characters (zero-width spaces and joiners, the byte-order mark, the bidirectional overrides, embeddings and isolates
/// that make an id read backwards), line and paragraph separators, private-use and unassigned code points, lone
/// surrogates and U+FFFD (the trace of bytes that were not UTF-8) are refused: two ids that look the same would be
/// different customers.
/// </summary>
public static class EventText
{
    /// <summary>Why <paramref name="value"/> is not printable text (naming the first such character), or null when it is.</summary>
    public static string? Problem(string value)
    {
        var span = value.AsSpan();
        for (var index = 0; index < span.Length;)
        {
            if (Rune.DecodeFromUtf16(span[index..], out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                return Format($"holds a lone surrogate (U+{(int)span[index]:X4}) at character {index + 1}; ids must be valid Unicode text.");
            }

            if (!IsPrintable(rune))
            {
                return Format($"holds U+{rune.Value:X4} ({Rune.GetUnicodeCategory(rune)}) at character {index + 1}; ids must be printable, without control, zero-width or direction characters.");
            }

            index += length;
        }

        return null;
    }

    private static bool IsPrintable(Rune rune) => rune != Rune.ReplacementChar && Rune.GetUnicodeCategory(rune) is not (
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
