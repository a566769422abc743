namespace Loyalty.ML.Recommendations.Signals;

/// <summary>
/// Per item, its neighbours with their scores, packed one block of <c>itemsPerBlock</c> consecutive items at a time
/// (<see cref="CoOccurrence.BuildBlocks"/>): each block is packed as soon as its items' lists are found, so the lists
/// are never alive beside a copy of them all, as they are while a single block of every item is packed.
/// </summary>
internal sealed class NeighborBlocks(ItemNeighbors[] blocks, int itemsPerBlock, int items) : INeighborLists
{
    /// <inheritdoc/>
    public int ItemCount => items;

    /// <inheritdoc/>
    public ReadOnlySpan<int> Of(int item) => blocks[item / itemsPerBlock].Of(item % itemsPerBlock);

    /// <inheritdoc/>
    public ReadOnlySpan<float> ScoresOf(int item) => blocks[item / itemsPerBlock].ScoresOf(item % itemsPerBlock);
}
