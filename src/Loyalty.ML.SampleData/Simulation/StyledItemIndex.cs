namespace Loyalty.ML.SampleData.Simulation;

/// <summary>
/// Items grouped (by category, or the whole catalog as one group) and, within each group, indexed by style
/// with running popularity sums, so an item can be drawn with weight popularity × (affinity if it has the
/// wanted style, else 1) exactly and in O(log n): that weight is a two-way mixture of "the style's items by
/// popularity" and "the group's items by popularity". Twelve bytes per item.
/// </summary>
internal sealed class StyledItemIndex
{
    private readonly int[] _groupStart;
    private readonly double[] _groupCumulative;
    private readonly int[] _segmentStart;
    private readonly int[] _order;
    private readonly double[] _cumulative;

    /// <summary>Indexes the items of each group by style.</summary>
    /// <param name="groupStart">First item of each group, the item count last.</param>
    /// <param name="groupCumulative">Running popularity sums of the items, restarting at each group.</param>
    /// <param name="style">The style of each item, below <see cref="ItemStyles.Count"/>.</param>
    public StyledItemIndex(int[] groupStart, double[] groupCumulative, byte[] style)
    {
        _groupStart = groupStart;
        _groupCumulative = groupCumulative;
        var groups = groupStart.Length - 1;
        _segmentStart = new int[(groups * ItemStyles.Count) + 1];
        _order = new int[style.Length];
        _cumulative = new double[style.Length];
        var position = 0;
        for (var group = 0; group < groups; group++)
        {
            for (var wanted = 0; wanted < ItemStyles.Count; wanted++)
            {
                _segmentStart[(group * ItemStyles.Count) + wanted] = position;
                var total = 0.0;
                for (var item = groupStart[group]; item < groupStart[group + 1]; item++)
                {
                    if (style[item] == wanted)
                    {
                        total += RunningSums.WeightAt(groupCumulative, item, groupStart[group]);
                        _order[position] = item;
                        _cumulative[position++] = total;
                    }
                }
            }
        }

        _segmentStart[^1] = position;
    }

    /// <summary>An item of <paramref name="group"/>, its popularity weighted up <paramref name="affinity"/> times when it has <paramref name="style"/>.</summary>
    public int Pick(int group, int style, double affinity, ref SampleRandom random)
    {
        var start = _groupStart[group];
        var all = _groupCumulative.AsSpan(start, _groupStart[group + 1] - start);
        var segment = (group * ItemStyles.Count) + style;
        var (from, to) = (_segmentStart[segment], _segmentStart[segment + 1]);
        var styled = from == to ? 0 : (affinity - 1) * _cumulative[to - 1];
        return random.NextDouble() * (styled + all[^1]) < styled
            ? _order[from + random.Pick(_cumulative.AsSpan(from, to - from))]
            : start + random.Pick(all);
    }
}
