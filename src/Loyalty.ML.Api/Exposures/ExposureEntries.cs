using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// The stream entries of a batch of lists: its <see cref="Lines"/> (UTF-8, the bytes the store inserts too), at most
/// <see cref="ListsPerEntry"/> lines an entry. No string is built for an entry, nor converted again for Redis. Used by
/// one writer at a time; an entry's bytes are valid until the next <see cref="Clear"/>.
/// </summary>
internal sealed class ExposureEntries
{
    /// <summary>Most lists in one entry.</summary>
    public const int ListsPerEntry = 200;

    /// <summary>The batch's lists, one line each.</summary>
    public ExposureLines Lines { get; } = new();

    /// <summary>Lists written since the last <see cref="Clear"/>.</summary>
    public int Count => Lines.Count;

    /// <summary>The entries, in order: the lines of <see cref="ListsPerEntry"/> lists each, the last one shorter.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Entries()
    {
        for (var start = 0; start < Count; start += ListsPerEntry)
        {
            yield return Lines.Bytes(start, Math.Min(ListsPerEntry, Count - start));
        }
    }

    /// <summary>
    /// Empties the batch for the next one in memory of its own: after a write that failed or timed out, the client may
    /// still hold the entries' memory and send it later, so it must not be overwritten.
    /// </summary>
    public void Abandon() => Lines.Abandon();

    /// <summary>Empties the batch for the next one (its memory is kept).</summary>
    public void Clear() => Lines.Clear();
}
