using System.Numerics.Tensors;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// The item-kNN baseline's neighbour lists, in the least memory that sums them to the same bits: a block of consecutive
/// items at a time (<see cref="Block"/>), each item's neighbours as 2-byte indices on a catalog of at most 65,536 items,
/// and an item whose list covers most of the catalog as one dense row of its scores, zero where it has no neighbour
/// (adding zero to a sum of positive scores leaves its bits as they are). On 4,500 items, where every item keeps
/// thousands, the lists are the recommender stage's largest.
/// </summary>
internal sealed class ItemKnnLists(ItemKnnLists.Block[] blocks, int itemsPerBlock, int items)
{
    /// <summary>Number of items.</summary>
    public int ItemCount => items;

    /// <summary>The lists of <paramref name="lists"/>, one block of every item.</summary>
    public static ItemKnnLists From(ItemNeighbors lists) =>
        new([Block.Pack(lists.Unpacked(), lists.ItemCount)], Math.Max(1, lists.ItemCount), lists.ItemCount);

    /// <summary>Adds the score of each of <paramref name="item"/>'s neighbours into <paramref name="scores"/> (one entry per item of the catalog).</summary>
    public void AddTo(int item, Span<float> scores) => blocks[item / itemsPerBlock].AddTo(item % itemsPerBlock, scores);

    /// <summary>The lists of a run of consecutive items.</summary>
    internal sealed class Block
    {
        // An item's neighbours are neighbors[neighborStarts[i]..neighborStarts[i + 1]] (2-byte narrow or 4-byte wide),
        // their scores weights[weightStarts[i]..weightStarts[i + 1]]; a dense row has a catalog's weights and no neighbours.
        private readonly int[] neighborStarts;
        private readonly int[] weightStarts;
        private readonly ushort[]? narrow;
        private readonly int[]? wide;
        private readonly float[] weights;

        private Block(int[] neighborStarts, int[] weightStarts, ushort[]? narrow, int[]? wide, float[] weights) =>
            (this.neighborStarts, this.weightStarts, this.narrow, this.wide, this.weights) = (neighborStarts, weightStarts, narrow, wide, weights);

        /// <summary>Packs <paramref name="lists"/>, one per item of the run, their neighbours among <paramref name="items"/> items.</summary>
        public static Block Pack(ReadOnlySpan<(int[] Neighbors, float[] Scores)> lists, int items)
        {
            var indexBytes = items <= ushort.MaxValue + 1 ? sizeof(ushort) : sizeof(int);
            var (neighborStarts, weightStarts) = (new int[lists.Length + 1], new int[lists.Length + 1]);
            for (var index = 0; index < lists.Length; index++)
            {
                var count = lists[index].Neighbors.Length;
                var dense = Dense(count, items, indexBytes);
                neighborStarts[index + 1] = neighborStarts[index] + (dense ? 0 : count);
                weightStarts[index + 1] = weightStarts[index] + (dense ? items : count);
            }

            var weights = new float[weightStarts[^1]];
            var narrow = indexBytes == sizeof(ushort) ? new ushort[neighborStarts[^1]] : null;
            var wide = narrow is null ? new int[neighborStarts[^1]] : null;
            for (var index = 0; index < lists.Length; index++)
            {
                var (neighbors, scores) = lists[index];
                var row = weights.AsSpan(weightStarts[index], weightStarts[index + 1] - weightStarts[index]);
                var start = neighborStarts[index];
                var dense = neighborStarts[index + 1] - start != row.Length;
                for (var entry = 0; entry < neighbors.Length; entry++)
                {
                    if (dense)
                    {
                        row[neighbors[entry]] = scores[entry];
                    }
                    else if (narrow is not null)
                    {
                        narrow[start + entry] = (ushort)neighbors[entry];
                    }
                    else
                    {
                        wide![start + entry] = neighbors[entry];
                    }
                }

                if (!dense)
                {
                    scores.CopyTo(row);
                }
            }

            return new Block(neighborStarts, weightStarts, narrow, wide, weights);
        }

        /// <summary>Bytes of the neighbours and scores held (not their offsets).</summary>
        public long Bytes => (narrow?.LongLength * sizeof(ushort) ?? 0) + (wide?.LongLength * sizeof(int) ?? 0) + (weights.LongLength * sizeof(float));

        /// <summary>Adds the scores of the run's <paramref name="index"/>-th item's neighbours into <paramref name="scores"/>.</summary>
        public void AddTo(int index, Span<float> scores)
        {
            var (start, end) = (neighborStarts[index], neighborStarts[index + 1]);
            var row = weights.AsSpan(weightStarts[index], weightStarts[index + 1] - weightStarts[index]);
            if (end - start != row.Length)
            {
                TensorPrimitives.Add(scores, row, scores);
            }
            else if (narrow is not null)
            {
                var neighbors = narrow.AsSpan(start, end - start);
                for (var entry = 0; entry < neighbors.Length; entry++)
                {
                    scores[neighbors[entry]] += row[entry];
                }
            }
            else
            {
                var neighbors = wide.AsSpan(start, end - start);
                for (var entry = 0; entry < neighbors.Length; entry++)
                {
                    scores[neighbors[entry]] += row[entry];
                }
            }
        }

        // A dense row when it takes less memory than the list: more neighbours than 4 / (4 + index bytes) of the catalog.
        private static bool Dense(int neighbors, int items, int indexBytes) => (long)items * sizeof(float) < (long)neighbors * (sizeof(float) + indexBytes);
    }
}
