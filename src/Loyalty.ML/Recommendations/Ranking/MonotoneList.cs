namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// Builds a list from a method's own items and then fillers, so that its scores never rise down the list: each
/// filler segment keeps its order and is rescaled to fall below the last score before it, and is marked as filler.
/// </summary>
internal sealed class MonotoneList(int count, int item)
{
    private readonly HashSet<int> _taken = [item];

    public List<RankedItem> Items { get; } = new(count);

    public int Missing => count - Items.Count;

    /// <summary>True when <paramref name="other"/> is not in the list yet (nor the item the list is for).</summary>
    public bool IsFresh(int other) => !_taken.Contains(other);

    /// <summary>Adds the method's own items, best first, as they are scored.</summary>
    public void AddOwn(IEnumerable<RankedItem> ranked)
    {
        foreach (var entry in ranked)
        {
            if (Missing > 0 && _taken.Add(entry.Item))
            {
                Items.Add(entry);
            }
        }
    }

    /// <summary>Adds fillers, best first, rescaled below the list's last score and marked as filler.</summary>
    public void AddFillers(List<RankedItem> ranked)
    {
        var fresh = ranked.Where(entry => !_taken.Contains(entry.Item)).Take(Math.Max(0, Missing)).ToList();
        if (Items.Count == 0)
        {
            AddOwn(fresh.Select(entry => entry with { Filler = true }));
            return;
        }

        var ceiling = Items[^1].Score;
        for (var rank = 0; rank < fresh.Count; rank++)
        {
            _taken.Add(fresh[rank].Item);
            var score = ceiling > 0
                ? ceiling * (1 - ((rank + 1f) / (2f * (fresh.Count + 1))))
                : ceiling - (1e-3f * (rank + 1));
            Items.Add(fresh[rank] with { Score = score, Filler = true });
        }
    }
}
