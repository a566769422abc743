using System.Buffers;
using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// The stream entries of a batch of lists, written as UTF-8 straight into one buffer reused from batch to batch: each
/// list a line (customer, time and its text, written by <see cref="ExposureText.WriteEntryLine"/>), at most
/// <see cref="ListsPerEntry"/> lines an entry. No string is built for an entry, nor converted again for Redis.
/// Used by one writer at a time; an entry's bytes are valid until the next <see cref="Clear"/>.
/// </summary>
internal sealed class ExposureEntries
{
    /// <summary>Most lists in one entry.</summary>
    public const int ListsPerEntry = 200;

    private ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly List<int> _ends = [];
    private int _lines;

    /// <summary>Lists written since the last <see cref="Clear"/>.</summary>
    public int Count => _lines;

    /// <summary>Adds the line of the list served to <paramref name="customerId"/> at <paramref name="servedMs"/> with its <paramref name="text"/>.</summary>
    public void Add(string customerId, long servedMs, string text)
    {
        ExposureText.WriteEntryLine(_buffer, customerId, servedMs, text);
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
