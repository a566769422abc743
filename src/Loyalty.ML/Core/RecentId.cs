namespace Loyalty.ML.Core;

/// <summary>
/// Remembers the last id looked up and its index. Exports list the lines of one order together, so the
/// next line usually names the same customer and order, and a comparison replaces a hash lookup.
/// </summary>
internal sealed class RecentId
{
    private char[] _text = new char[32];
    private int _length = -1;
    private int _index;

    public bool TryGet(ReadOnlySpan<char> id, out int index)
    {
        index = _index;
        return _length == id.Length && id.SequenceEqual(_text.AsSpan(0, _length));
    }

    /// <summary>Remembers <paramref name="id"/> at <paramref name="index"/> and returns the index.</summary>
    public int Remember(ReadOnlySpan<char> id, int index)
    {
        if (id.Length > _text.Length)
        {
            _text = new char[id.Length * 2];
        }

        id.CopyTo(_text);
        _length = id.Length;
        _index = index;
        return index;
    }
}
