namespace Loyalty.ML.Core;

/// <summary>
/// Two-way map between business ids (customer id, SKU) and the dense indexes the models use.
/// Indexes are assigned in first-seen order and never change once given.
/// </summary>
public sealed class IdMap
{
    private readonly Dictionary<string, int> _indexById;
    private readonly List<string> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    /// <summary>Creates an empty map.</summary>
    public IdMap()
    {
        _indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        _ids = [];
        _spanLookup = _indexById.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Creates a map holding <paramref name="ids"/> at their positions.</summary>
    public IdMap(IEnumerable<string> ids)
        : this()
    {
        foreach (var id in ids)
        {
            if (!_indexById.TryAdd(id, _ids.Count))
            {
                throw new ArgumentException($"Duplicate id '{id}'.", nameof(ids));
            }

            _ids.Add(id);
        }
    }

    /// <summary>Number of ids.</summary>
    public int Count => _ids.Count;

    /// <summary>The ids in index order.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>The business id at <paramref name="index"/>.</summary>
    public string this[int index] => _ids[index];

    /// <summary>Returns the index of <paramref name="id"/>, adding it when new.</summary>
    public int GetOrAdd(string id)
    {
        if (_indexById.TryGetValue(id, out var index))
        {
            return index;
        }

        index = _ids.Count;
        _indexById.Add(id, index);
        _ids.Add(id);
        return index;
    }

    /// <summary>Returns the index of the id spelled by <paramref name="id"/>, adding it when new; allocates only for new ids.</summary>
    public int GetOrAdd(ReadOnlySpan<char> id)
    {
        if (_spanLookup.TryGetValue(id, out var index))
        {
            return index;
        }

        var text = id.ToString();
        index = _ids.Count;
        _indexById.Add(text, index);
        _ids.Add(text);
        return index;
    }

    /// <summary>Looks up the index of a known id.</summary>
    public bool TryGetIndex(string id, out int index) => _indexById.TryGetValue(id, out index);
}
