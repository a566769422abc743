namespace Loyalty.ML.Recommendations.Signals;

/// <summary>Per item, its neighbours (best first) with their scores, in CSR form.</summary>
public sealed class ItemNeighbors
{
    public ItemNeighbors(int[] offsets, int[] neighbors, float[] scores)
    {
        Offsets = offsets;
        Neighbors = neighbors;
        Scores = scores;
    }

    public int ItemCount => Offsets.Length - 1;

    /// <summary>No neighbours for any of <paramref name="items"/> items.</summary>
    public static ItemNeighbors Empty(int items) => new(new int[items + 1], [], []);

    public int[] Offsets { get; }

    public int[] Neighbors { get; }

    public float[] Scores { get; }

    public ReadOnlySpan<int> Of(int item) => Neighbors.AsSpan(Offsets[item], Offsets[item + 1] - Offsets[item]);

    public ReadOnlySpan<float> ScoresOf(int item) => Scores.AsSpan(Offsets[item], Offsets[item + 1] - Offsets[item]);
}
