namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// One evaluation thread's buffers: a batch's scores (and a copy to derive a list from), the top-K, and which items
/// the customer being ranked may not get (unknown before the split, or bought before it), asked only about items good
/// enough to enter the top K.
/// </summary>
internal sealed class RankingScratch
{
    private readonly EvaluationSplit _split;
    private readonly bool[] _refused;

    public RankingScratch(EvaluationSplit split, int scores, int k, int derived = 0, int side = 0)
    {
        _split = split;
        Scores = new float[scores];
        Derived = new float[derived];
        Side = new float[side];
        Best = new int[k];
        _refused = Array.ConvertAll(split.KnownItems, known => !known);
        Accept = item => !_refused[item];
    }

    public float[] Scores { get; }

    /// <summary>A copy of a batch's scores for a derived list that is not the last (<see cref="RankingEvaluator"/>).</summary>
    public float[] Derived { get; }

    /// <summary>A batch's scores of a derived list's side list (<see cref="IDerivedScores.SideName"/>).</summary>
    public float[] Side { get; }

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
