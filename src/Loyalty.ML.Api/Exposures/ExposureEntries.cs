using System.Buffers;
using System.Globalization;
using System.Text;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// The stream entries of a batch of lists, written as UTF-8 straight into one buffer reused from batch to batch: each
/// list a line (customer, time and its text, as <see cref="Loyalty.ML.Data.Exposures.ExposureText.Entry(System.Collections.Generic.IReadOnlyList{Loyalty.ML.Data.Exposures.ServedList}, System.Collections.Generic.IReadOnlyList{string})"/>
/// writes them), at most <see cref="ListsPerEntry"/> lines an entry. No string is built for an entry, nor converted again for Redis.
/// Used by one writer at a time; an entry's bytes are valid until the next <see cref="Clear"/>.
/// </summary>
internal sealed class ExposureEntries
{
    /// <summary>Most lists in one entry.</summary>
    public const int ListsPerEntry = 200;

    private const byte Field = 0x1E;
    private const byte Line = (byte)'\n';
    private ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly List<int> _ends = [];
    private int _lines;

    /// <summary>Lists written since the last <see cref="Clear"/>.</summary>
    public int Count => _lines;

    /// <summary>Adds the line of the list served to <paramref name="customerId"/> at <paramref name="servedMs"/> with its <paramref name="text"/>.</summary>
    public void Add(string customerId, long servedMs, string text)
    {
        var span = _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(customerId.Length + text.Length) + 23);
        var written = Encoding.UTF8.GetBytes(customerId, span);
        span[written++] = Field;
        servedMs.TryFormat(span[written..], out var digits, provider: CultureInfo.InvariantCulture);
        written += digits;
        span[written++] = Field;
        written += Encoding.UTF8.GetBytes(text, span[written..]);
        span[written++] = Line;
        _buffer.Advance(written);
        if (++_lines % ListsPerEntry == 0)
        {
            _ends.Add(_buffer.WrittenCount);
        }
    }

    /// <summary>The entries, in order: the lines of <see cref="ListsPerEntry"/> lists each, the last one shorter.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Entries()
    {
        var start = 0;
        foreach (var end in _ends)
        {
            yield return _buffer.WrittenMemory[start..end];
            start = end;
        }

        if (start < _buffer.WrittenCount)
        {
            yield return _buffer.WrittenMemory[start..];
        }
    }

    /// <summary>
    /// Empties the buffer for the next batch in memory of its own: after a write that failed or timed out, the client may
    /// still hold the entries' memory and send it later, so it must not be overwritten.
    /// </summary>
    public void Abandon()
    {
        _buffer = new ArrayBufferWriter<byte>(64 * 1024);
        Clear();
    }

    /// <summary>Empties the buffer for the next batch (its memory is kept).</summary>
    public void Clear()
    {
        _buffer.ResetWrittenCount();
        _ends.Clear();
        _lines = 0;
    }
}
