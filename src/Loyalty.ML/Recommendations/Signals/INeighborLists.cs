namespace Loyalty.ML.Recommendations.Signals;

/// <summary>Per item, its neighbours with their scores, however they are stored.</summary>
internal interface INeighborLists
{
    /// <summary>Number of items.</summary>
    int ItemCount { get; }

    /// <summary>Neighbours of <paramref name="item"/>.</summary>
    ReadOnlySpan<int> Of(int item);

    /// <summary>Scores of <paramref name="item"/>'s neighbours, aligned with <see cref="Of"/>.</summary>
    ReadOnlySpan<float> ScoresOf(int item);
}
