using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// A batch of served lists as the UTF-8 lines of the shared stream's entries (customer, time and the list's
/// <see cref="ExposureText.Format"/>ted text, each line ended by a line feed), in one buffer
/// reused from batch to batch. The store inserts the rows straight from these bytes and the stream entries are slices
/// of them: a list served is written once, with no string built for it. Used by one thread at a time.
/// </summary>
public sealed class ExposureLines
{
    private const byte Field = (byte)ExposureText.Field;
    private const byte Item = (byte)ExposureText.Item;
    private const byte Line = (byte)'\n';
    private const int NumberBytes = 20;
    private ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly List<Bounds> _lines = new(256);

    /// <summary>Lists written since the last <see cref="Clear"/>.</summary>
    public int Count => _lines.Count;

    /// <summary>
    /// Writes the list <paramref name="id"/> served to <paramref name="customerId"/> at <paramref name="servedMs"/> (Unix
    /// milliseconds), straight from the served items (<paramref name="itemId"/> of each); false, and nothing written, when
    /// an id or name, the customer's included, holds a control character (see <see cref="ExposureText.CanFormat"/>).
    /// </summary>
    // Compiled optimized at once: its unoptimized (tier-0) code allocated 1.3 KB a call (measured), and it runs for every
    // list served, the first batches after a start included.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAdd<TItem>(
        ExposureId id, string customerId, long servedMs, string kind, string modelVersion, string? surface, string? experiment, IReadOnlyList<TItem> items, Func<TItem, string> itemId)
    {
        ReadOnlySpan<string?> fields = [customerId, kind, modelVersion, surface, experiment];
        var chars = items.Count;
        foreach (var field in fields)
        {
            if (!ExposureText.Plain(field))
            {
                return false;
            }

            chars += field?.Length ?? 0;
        }

        for (var index = 0; index < items.Count; index++)
        {
            var item = itemId(items[index]);
            if (!ExposureText.Plain(item))
            {
                return false;
            }

            chars += item.Length;
        }

        var span = _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(chars) + (3 * NumberBytes) + 8);
        var written = Start(span, customerId, servedMs, out var customerBytes);
        var textStart = written;
        written += Number(id.Origin, span[written..]);
        span[written++] = Field;
        written += Number(id.Sequence, span[written..]);
        foreach (var field in fields[1..])
        {
            span[written++] = Field;
            written += field is null ? 0 : Encoding.UTF8.GetBytes(field, span[written..]);
        }

        span[written++] = Field;
        for (var index = 0; index < items.Count; index++)
        {
            if (index > 0)
            {
                span[written++] = Item;
            }

            written += Encoding.UTF8.GetBytes(itemId(items[index]), span[written..]);
        }

        End(span, written, customerBytes, servedMs, textStart);
        return true;
    }

    /// <summary>The bytes of the <paramref name="count"/> lines from line <paramref name="start"/>: a stream entry's text. Valid until the next <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Bytes(int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, Count);
        if (count == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        var from = _lines[start].Start;
        return _buffer.WrittenMemory[from..(_lines[start + count - 1].End + 1)];
    }

    /// <summary>Empties the batch for the next one (its memory is kept).</summary>
    public void Clear()
    {
        _buffer.ResetWrittenCount();
        _lines.Clear();
    }

    /// <summary>
    /// Empties the batch for the next one in memory of its own: bytes handed out by <see cref="Bytes"/> may still be read
    /// (a stream write that failed or timed out may still send them), so they must not be overwritten.
    /// </summary>
    public void Abandon()
    {
        _buffer = new ArrayBufferWriter<byte>(64 * 1024);
        _lines.Clear();
    }

    /// <summary>Writes a row as it is (its text already formatted).</summary>
    internal void Add(ExposureRow row)
    {
        var span = _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(row.CustomerId.Length + row.Text.Length) + NumberBytes + 3);
        var written = Start(span, row.CustomerId, row.ServedMs, out var customerBytes);
        var textStart = written;
        written += Encoding.UTF8.GetBytes(row.Text, span[written..]);
        End(span, written, customerBytes, row.ServedMs, textStart);
    }

    /// <summary>The customer of line <paramref name="index"/>, UTF-8.</summary>
    internal ReadOnlySpan<byte> Customer(int index) => _buffer.WrittenSpan.Slice(_lines[index].Start, _lines[index].CustomerBytes);

    /// <summary>When the list of line <paramref name="index"/> was served, Unix milliseconds.</summary>
    internal long ServedMs(int index) => _lines[index].ServedMs;

    /// <summary>The <see cref="ExposureText.Format"/>ted text of line <paramref name="index"/>, UTF-8.</summary>
    internal ReadOnlySpan<byte> Text(int index) => _buffer.WrittenSpan[_lines[index].TextStart.._lines[index].End];

    // Customer and time, each followed by the field separator; returns the bytes written.
    private static int Start(Span<byte> span, string customerId, long servedMs, out int customerBytes)
    {
        customerBytes = Encoding.UTF8.GetBytes(customerId, span);
        var written = customerBytes;
        span[written++] = Field;
        written += Number(servedMs, span[written..]);
        span[written++] = Field;
        return written;
    }

    // Ends the line written in span (written bytes so far) and keeps where its parts are.
    private void End(Span<byte> span, int written, int customerBytes, long servedMs, int textStart)
    {
        span[written] = Line;
        var start = _buffer.WrittenCount;
        _lines.Add(new Bounds(start, customerBytes, servedMs, start + textStart, start + written));
        _buffer.Advance(written + 1);
    }

    private static int Number(long number, Span<byte> span)
    {
        number.TryFormat(span, out var written, provider: CultureInfo.InvariantCulture);
        return written;
    }

    // Where a line's parts are in the buffer: it starts with the customer, its text runs from TextStart to End (its line feed).
    private readonly record struct Bounds(int Start, int CustomerBytes, long ServedMs, int TextStart, int End);
}
