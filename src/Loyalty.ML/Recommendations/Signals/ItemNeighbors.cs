namespace Loyalty.ML.Recommendations.Signals;

/// <summary>Per item, its neighbours (best first) with their scores, in CSR form.</summary>
public sealed class ItemNeighbors
{
    /// <summary>Wraps the arrays as they are (not copied); <paramref name="offsets"/> has one entry per item plus one.</summary>
    public ItemNeighbors(int[] offsets, int[] neighbors, float[] scores)
    {
        Offsets = offsets;
        Neighbors = neighbors;
        Scores = scores;
    }

    /// <summary>Number of items.</summary>
    public int ItemCount => Offsets.Length - 1;

    /// <summary>No neighbours for any of <paramref name="items"/> items.</summary>
    public static ItemNeighbors Empty(int items) => new(new int[items + 1], [], []);

    /// <summary>Start of each item's neighbours in <see cref="Neighbors"/> and <see cref="Scores"/>; <see cref="ItemCount"/> + 1 entries.</summary>
    public int[] Offsets { get; }

    /// <summary>Neighbour item per entry, best first within an item.</summary>
    public int[] Neighbors { get; }

    /// <summary>Similarity score per entry, aligned with <see cref="Neighbors"/>.</summary>
    public float[] Scores { get; }

    /// <summary>Neighbours of <paramref name="item"/>, best first.</summary>
    public ReadOnlySpan<int> Of(int item) => Neighbors.AsSpan(Offsets[item], Offsets[item + 1] - Offsets[item]);

    /// <summary>Scores of <paramref name="item"/>'s neighbours, aligned with <see cref="Of"/>.</summary>
    public ReadOnlySpan<float> ScoresOf(int item) => Scores.AsSpan(Offsets[item], Offsets[item + 1] - Offsets[item]);

    /// <summary>Each item's list in arrays of its own: what <see cref="Pack"/> packed.</summary>
    internal (int[] Neighbors, float[] Scores)[] Unpacked() =>
        [.. Enumerable.Range(0, ItemCount).Select(item => (Of(item).ToArray(), ScoresOf(item).ToArray()))];

    /// <summary>Packs per-item lists (best first) into one CSR block.</summary>
    internal static ItemNeighbors Pack((int[] Neighbors, float[] Scores)[] lists)
    {
        var offsets = new int[lists.Length + 1];
        for (var item = 0; item < lists.Length; item++)
        {
            offsets[item + 1] = offsets[item] + lists[item].Neighbors.Length;
        }

        var neighbors = new int[offsets[^1]];
        var scores = new float[offsets[^1]];
        for (var item = 0; item < lists.Length; item++)
        {
            lists[item].Neighbors.CopyTo(neighbors, offsets[item]);
            lists[item].Scores.CopyTo(scores, offsets[item]);
        }

        return new ItemNeighbors(offsets, neighbors, scores);
    }
}
