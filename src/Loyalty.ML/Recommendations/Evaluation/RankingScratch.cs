namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// One evaluation thread's buffers: a batch's scores, the top-K, and which items the customer being ranked may not
/// get (unknown before the split, or bought before it), asked only about items good enough to enter the top K.
/// </summary>
internal sealed class RankingScratch
{
    private readonly EvaluationSplit _split;
    private readonly bool[] _refused;

    public RankingScratch(EvaluationSplit split, int scores, int k)
    {
        _split = split;
        Scores = new float[scores];
        Best = new int[k];
        _refused = Array.ConvertAll(split.KnownItems, known => !known);
        Accept = item => !_refused[item];
    }

    public float[] Scores { get; }

    public int[] Best { get; }

    public Func<int, bool> Accept { get; }

    /// <summary>Refuses (or, with false, allows again) the items <paramref name="customer"/> bought before the split; they are all known items.</summary>
    public void Exclude(int customer, bool refused)
    {
        foreach (var item in _split.TrainCounts.RowIndices(customer))
        {
            _refused[item] = refused;
        }
    }
}
